import * as React from "react";
import { Tab, TabList } from "@fluentui/react-components";
import { DEFAULT_SETTINGS, EvaluationModel } from "../../workbook/model";
import { StartStep } from "./StartStep";
import { HierarchyStep } from "./HierarchyStep";
import { SettingsStep } from "./SettingsStep";
import { BuildStep } from "./BuildStep";
import { CheckStep } from "./CheckStep";
import { ResultsStep } from "./ResultsStep";
import { ConfirmDialog, useOpener } from "./ConfirmDialog";
import type { BuildSummary, Host } from "./host";
import type { Drafts } from "./fields";
import { StepId, WizardDraft, decodeDraft, encodeDraft } from "./draft";
import {
  EMPTY_HISTORY,
  History,
  HierarchyHistory,
  nextRedo,
  nextUndo,
  record,
  redo,
  restore,
  snapshotOf,
  undo,
} from "./history";
import { useMessages } from "../i18n/context";

const STEPS: readonly StepId[] = ["start", "system", "settings", "build", "check", "results"];

/** How long after the last change the draft is saved (ms). */
const SAVE_DELAY = 300;

/** Whether a key event is typing in a text field (where the browser's own undo applies). */
function inTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.tagName === "TEXTAREA") return true;
  return (
    target instanceof HTMLInputElement && !["checkbox", "radio", "button"].includes(target.type)
  );
}

/**
 * The workbook wizard: six steps over one evaluation model. It keeps the undo history of the
 * hierarchy, asks before starting over replaces edits, and saves its draft with the workbook
 * (host.saveDraft) so that closing or reloading the pane loses nothing.
 */
export function App(props: { host: Host }) {
  const { host } = props;
  const [loaded, setLoaded] = React.useState(false);
  const [step, setStep] = React.useState<StepId>("start");
  const [model, setModel] = React.useState<EvaluationModel | null>(null);
  const [origin, setOrigin] = React.useState<EvaluationModel | null>(null);
  const [built, setBuilt] = React.useState(false);
  const [summary, setSummary] = React.useState<BuildSummary | null>(null);
  const [drafts, setDrafts] = React.useState<Drafts>({});
  const [history, setHistory] = React.useState<History>(EMPTY_HISTORY);
  const [announced, setAnnounced] = React.useState<string | null>(null);
  const [replacing, setReplacing] = React.useState<EvaluationModel | null>(null);
  const [saveError, setSaveError] = React.useState<string | null>(null);
  const opener = useOpener();
  const m = useMessages();

  // Restore the draft saved with this workbook, once.
  React.useEffect(() => {
    let live = true;
    host
      .loadDraft()
      .then(decodeDraft, () => null)
      .then((d) => {
        if (!live) return;
        if (d) {
          setModel(d.model);
          setOrigin(d.origin ?? d.model);
          setDrafts(d.drafts);
          setBuilt(d.built);
          setSummary(d.summary);
          setStep(
            d.step === "check" || d.step === "results" ? (d.built ? d.step : "build") : d.step
          );
        }
        setLoaded(true);
      });
    return () => {
      live = false;
    };
  }, [host]);

  // Save it shortly after every change.
  React.useEffect(() => {
    if (!loaded) return;
    const draft: WizardDraft = { step, model, origin, drafts, built, summary };
    const timer = setTimeout(() => {
      host.saveDraft(encodeDraft(draft)).then(
        () => setSaveError(null),
        (e: unknown) => setSaveError(e instanceof Error ? e.message : String(e))
      );
    }, SAVE_DELAY);
    return () => clearTimeout(timer);
  }, [loaded, host, step, model, origin, drafts, built, summary]);

  // After a step change, focus never stays on the page body (the button pressed is gone).
  React.useEffect(() => {
    if (document.activeElement === document.body || document.activeElement === null)
      document.querySelector<HTMLElement>('.wizard [role="tab"][aria-selected="true"]')?.focus();
  }, [step]);

  const change = (next: EvaluationModel, d: Drafts) => {
    setModel(next);
    setDrafts(d);
  };
  const edited =
    model !== null &&
    (Object.keys(drafts).length > 0 || JSON.stringify(model) !== JSON.stringify(origin));
  const start = (next: EvaluationModel) => {
    if (model) setHistory((h) => record(h, snapshotOf(model), m.app.startOver, null));
    setModel(next);
    setOrigin(next);
    setDrafts({});
    setBuilt(false);
    setSummary(null);
    setStep("system");
  };
  const hierarchy: HierarchyHistory = {
    edit: (next, label, group) => {
      if (model) setHistory(record(history, snapshotOf(model), label, group ?? null));
      setModel(next);
      setAnnounced(null);
    },
    undo: () => {
      const r = model && undo(history, snapshotOf(model));
      if (!model || !r) return;
      setHistory(r.history);
      setModel(restore(model, r.snapshot));
      setAnnounced(m.app.undone(r.label));
    },
    redo: () => {
      const r = model && redo(history, snapshotOf(model));
      if (!model || !r) return;
      setHistory(r.history);
      setModel(restore(model, r.snapshot));
      setAnnounced(m.app.redone(r.label));
    },
    undoLabel: nextUndo(history),
    redoLabel: nextRedo(history),
    announced,
  };
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (step !== "system" || !(e.ctrlKey || e.metaKey) || e.altKey || inTextField(e.target)) return;
    // a question being asked (its dialog is a portal, but React events still bubble here)
    if (e.target instanceof HTMLElement && e.target.closest('[role="dialog"]')) return;
    const key = e.key.toLowerCase();
    if (key === "z" && !e.shiftKey) hierarchy.undo();
    else if (key === "y" || (key === "z" && e.shiftKey)) hierarchy.redo();
    else return;
    e.preventDefault();
  };
  const enabled = (id: StepId) =>
    id === "start" || (model !== null && (["system", "settings", "build"].includes(id) || built));

  if (!loaded) return <p className="hint">{m.app.loading}</p>;
  return (
    <div className="wizard" onKeyDown={onKeyDown}>
      <TabList
        size="small"
        selectedValue={step}
        onTabSelect={(_, d) => setStep(d.value as StepId)}
        aria-label={m.app.stepsLabel}
      >
        {STEPS.map((id, i) => (
          <Tab key={id} value={id} disabled={!enabled(id)}>
            {m.app.step(i + 1, m.app.steps[id])}
          </Tab>
        ))}
      </TabList>
      {saveError && (
        <p className="hint save-error" role="alert">
          {m.app.draftNotSaved(saveError)}
        </p>
      )}
      <div className="panel" role="tabpanel" aria-label={m.app.steps[step]}>
        {step === "start" && (
          <StartStep
            host={host}
            settings={model?.settings ?? DEFAULT_SETTINGS}
            onModel={(m) => {
              if (!edited) return start(m);
              opener.remember();
              setReplacing(m);
            }}
          />
        )}
        {step === "system" && model && (
          <HierarchyStep model={model} history={hierarchy} onNext={() => setStep("settings")} />
        )}
        {step === "settings" && model && (
          <SettingsStep
            model={model}
            drafts={drafts}
            onChange={change}
            onNext={() => setStep("build")}
          />
        )}
        {step === "build" && model && (
          <BuildStep
            host={host}
            model={model}
            summary={summary}
            onBuilt={(s) => {
              setSummary(s);
              setBuilt(true);
            }}
          />
        )}
        {step === "check" && model && <CheckStep host={host} model={model} />}
        {step === "results" && model && <ResultsStep host={host} model={model} />}
      </div>
      <ConfirmDialog
        open={replacing !== null}
        title={m.app.replaceTitle}
        actions={[
          {
            label: m.app.replaceIt,
            primary: true,
            onClick: () => {
              if (replacing) start(replacing);
              setReplacing(null);
            },
          },
        ]}
        cancelLabel={m.app.keepEdits}
        onCancel={() => setReplacing(null)}
        returnFocus={() =>
          opener.restore(() =>
            document.querySelector<HTMLElement>('.wizard [role="treeitem"][tabindex="0"]')?.focus()
          )
        }
      >
        {m.app.replaceBody(model?.nodes.length ?? 0)}
      </ConfirmDialog>
    </div>
  );
}
