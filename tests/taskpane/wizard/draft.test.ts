import { decodeDraft, encodeDraft, WizardDraft } from "../../../src/taskpane/wizard/draft";
import { updateNode } from "../../../src/workbook/edit";
import { DEFAULT_SETTINGS } from "../../../src/workbook/model";
import { paperTemplate } from "../../../src/workbook/template";

const origin = paperTemplate();
const draft: WizardDraft = {
  step: "settings",
  model: updateNode(origin, "I112", { name: "技术平台 🌱" }),
  origin,
  drafts: { crThreshold: { text: "5", base: "0.1", left: true } },
  built: true,
  summary: {
    created: ["Index System"],
    updated: [],
    dropped: [],
    kept: 0,
    changes: [],
    file: "x.xlsx",
  },
};

describe("the wizard's saved draft", () => {
  it("reads back exactly what was saved", () => {
    expect(decodeDraft(encodeDraft(draft))).toEqual(draft);
  });

  it("anything that is not a draft of this version reads as none, never as a broken state", () => {
    expect(decodeDraft(null)).toBeNull();
    expect(decodeDraft("")).toBeNull();
    expect(decodeDraft("{not json")).toBeNull();
    expect(decodeDraft("[1,2]")).toBeNull();
    expect(decodeDraft(JSON.stringify({ ...draft, version: 2 }))).toBeNull();
  });

  it("a damaged part falls back on its own: no model means the Start step; bad drafts and summary are dropped", () => {
    const text = JSON.stringify({
      version: 1,
      step: "results",
      model: { goal: "G", nodes: [{ id: 1, name: "x" }] },
      drafts: { experts: { text: 3 }, window: { text: "4", base: "3" } },
      summary: { created: "all" },
    });
    expect(decodeDraft(text)).toEqual({
      step: "start",
      model: null,
      origin: null,
      drafts: { window: { text: "4", base: "3", left: false } },
      built: false,
      summary: null,
    });
    const unknownStep = decodeDraft(
      JSON.stringify({ ...JSON.parse(encodeDraft(draft)), step: "elsewhere" })
    );
    expect(unknownStep?.step).toBe("start");
    // settings saved by an older version gain the fields added since
    const old = JSON.parse(encodeDraft(draft));
    delete old.model.settings.service;
    expect(decodeDraft(JSON.stringify(old))?.model?.settings.service).toBe(
      DEFAULT_SETTINGS.service
    );
    delete old.model.settings.questionnaire;
    expect(decodeDraft(JSON.stringify(old))?.model?.settings.questionnaire).toBe(false);
  });

  it("keeps the questionnaire setting and the summary's removed sheets and notes", () => {
    const q: WizardDraft = {
      ...draft,
      model: paperTemplate({ questionnaire: true }),
      summary: {
        ...draft.summary!,
        removed: ["Questionnaire 4"],
        notes: ["Questionnaire 1, A vs B: 2.5 is not one of the 17 answers"],
      },
    };
    expect(decodeDraft(encodeDraft(q))).toEqual(q);
    const bad = JSON.parse(encodeDraft(q));
    bad.summary.removed = "Questionnaire 4";
    const { removed: _dropped, ...rest } = q.summary!;
    expect(decodeDraft(JSON.stringify(bad))?.summary).toEqual(rest); // a bad list is left out
  });
});
