import { Checkbox, Field, Radio, RadioGroup, Select } from "@fluentui/react-components";
import { parseNumber } from "../../core/cells";
import type { EvaluationModel, EvaluationSettings, Thresholds } from "../../workbook/model";
import {
  MAX_YEARS,
  expertsProblem,
  unitsProblem,
  validateModel,
  windowProblem,
} from "../../workbook/model";
import { ContinueButton, DraftField, DraftProps, FieldSpec, Parsed } from "./fields";
import type { Messages } from "../i18n/en";
import { useMessages } from "../i18n/context";
import { LANGUAGES, LANGUAGE_NAMES, Language } from "../../core/language";
import { localizeProblem } from "../i18n/problems";
import { efficiencyRole } from "../../workbook/efficiency";
import type { EfficiencyRole } from "../../workbook/model";
import { indicators } from "../../workbook/model";
import { ALPHA, ObjectiveWeightsSection } from "./ObjectiveWeightsSection";
import { DEFAULT_SECTORS, MAX_SECTORS } from "../../workbook/layout";

const withSettings = (m: EvaluationModel, patch: Partial<EvaluationSettings>): EvaluationModel => ({
  ...m,
  settings: { ...m.settings, ...patch },
});
const yearRange = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);
const firstOf = (m: EvaluationModel) => m.settings.years[0];
const lastOf = (m: EvaluationModel) => m.settings.years[m.settings.years.length - 1];

/** What a field's value is called in a reason ("the window"), from the Settings table. */
type What = (t: Messages["settings"]) => string;

/** A reason of model.ts (English) in the words of the table. */
const fromModel =
  (why: string) =>
  (t: Messages): string =>
    localizeProblem(why, t).text;

/** A number typed in a field (the forms of parseNumber: "0.05", "5%", "1/20"), or the reason it is not one. */
function numberIn(text: string, what: What): Parsed<number> {
  const x = parseNumber(text);
  if (x === null) return { ok: false, reason: (t) => t.settings.enter(what(t.settings)) };
  if (Number.isNaN(x)) return { ok: false, reason: (t) => t.common.notANumber(text.trim()) };
  return { ok: true, value: x };
}

function wholeIn(text: string, what: What): Parsed<number> {
  const r = numberIn(text, what);
  if (r.ok && !Number.isInteger(r.value)) {
    const v = r.value;
    return { ok: false, reason: (t) => t.settings.whole(what(t.settings), v) };
  }
  return r;
}

function yearIn(text: string, what: What): Parsed<number> {
  const r = wholeIn(text, what);
  if (r.ok && (r.value < 1900 || r.value > 2200)) {
    const v = r.value;
    return { ok: false, reason: (t) => t.settings.notAYear(v) };
  }
  return r;
}

const CR_THRESHOLD: FieldSpec<number> = {
  name: "crThreshold",
  label: (t) => t.settings.crThreshold,
  get: (m) => m.settings.crThreshold,
  format: String,
  parse: (text) => {
    const r = numberIn(text, (t) => t.aCrThreshold);
    if (r.ok && !(r.value > 0 && r.value < 1)) {
      const v = r.value;
      return { ok: false, reason: (t) => t.settings.crRange(v) };
    }
    return r;
  },
  set: (m, v) => withSettings(m, { crThreshold: v }),
};

/** A field of names, one per line: blank lines dropped, each name trimmed, checked by `problem`. */
function namesField(
  name: string,
  label: (t: Messages) => string,
  get: (m: EvaluationModel) => string[],
  problem: (names: string[]) => string | null,
  set: (m: EvaluationModel, names: string[]) => EvaluationModel
): FieldSpec<string[]> {
  return {
    name,
    label,
    get,
    format: (v) => v.join("\n"),
    parse: (text) => {
      const names = text
        .split(/\r?\n/)
        .map((x) => x.trim())
        .filter((x) => x !== "");
      const why = problem(names);
      return why ? { ok: false, reason: fromModel(why) } : { ok: true, value: names };
    },
    set,
  };
}

const EXPERTS = namesField(
  "experts",
  (t) => t.settings.experts,
  (m) => m.settings.experts,
  expertsProblem,
  (m, v) => withSettings(m, { experts: v })
);

const UNITS = namesField(
  "units",
  (t) => t.settings.units,
  (m) => m.settings.units ?? [],
  unitsProblem,
  (m, v) => withSettings(m, { units: v.length > 0 ? v : undefined })
);

const WINDOW: FieldSpec<number> = {
  name: "window",
  label: (t) => t.settings.window,
  get: (m) => m.settings.window,
  format: String,
  parse: (text, m) => {
    const r = wholeIn(text, (t) => t.theWindow);
    if (!r.ok) return r;
    const why = windowProblem(r.value, m.settings.years.length);
    return why ? { ok: false, reason: fromModel(why) } : r;
  },
  set: (m, v) => withSettings(m, { window: v }),
};

const FIRST_YEAR: FieldSpec<number> = {
  name: "firstYear",
  label: (t) => t.settings.firstYear,
  get: firstOf,
  format: String,
  parse: (text, m) => {
    const r = yearIn(text, (t) => t.theFirstYear);
    if (!r.ok) return r;
    const last = lastOf(m);
    if (r.value > last) return { ok: false, reason: (t) => t.settings.firstAfterLast(last) };
    if (last - r.value >= MAX_YEARS)
      return { ok: false, reason: (t) => t.settings.atMostYearsLast(MAX_YEARS, last) };
    return r;
  },
  set: (m, v) => withSettings(m, { years: yearRange(v, lastOf(m)) }),
};

const LAST_YEAR: FieldSpec<number> = {
  name: "lastYear",
  label: (t) => t.settings.lastYear,
  get: lastOf,
  format: String,
  parse: (text, m) => {
    const r = yearIn(text, (t) => t.theLastYear);
    if (!r.ok) return r;
    const first = firstOf(m);
    if (r.value < first) return { ok: false, reason: (t) => t.settings.lastBeforeFirst(first) };
    if (r.value - first >= MAX_YEARS)
      return { ok: false, reason: (t) => t.settings.atMostYearsFirst(MAX_YEARS, first) };
    return r;
  },
  set: (m, v) => withSettings(m, { years: yearRange(firstOf(m), v) }),
};

const SECTORS: FieldSpec<number> = {
  name: "sectors",
  label: (t) => t.settings.sectors,
  get: (m) => m.settings.sectors ?? DEFAULT_SECTORS,
  format: String,
  parse: (text) => {
    const r = wholeIn(text, (t) => t.theSectors);
    if (r.ok && (r.value < 1 || r.value > MAX_SECTORS))
      return { ok: false, reason: (t) => t.settings.sectorsRange(MAX_SECTORS) };
    return r;
  },
  set: (m, v) => withSettings(m, { sectors: v }),
};

/** The typed fields of the Settings step, in the order their drafts are applied. */
export const SETTINGS_FIELDS = [
  CR_THRESHOLD,
  EXPERTS,
  FIRST_YEAR,
  LAST_YEAR,
  WINDOW,
  UNITS,
  ALPHA,
  SECTORS,
] as const;

/** Step 3: weight method, RI table and threshold, grade scale, experts, smoothing, formula style. */
export function SettingsStep(props: DraftProps & { onNext: () => void }) {
  const t = useMessages().settings;
  const s = props.model.settings;
  const set = (patch: Partial<EvaluationSettings>) =>
    props.onChange(withSettings(props.model, patch), props.drafts);
  const field = { ...props, specs: SETTINGS_FIELDS };
  return (
    <div className="step">
      <Field
        label={t.method}
        hint={s.style === "native" && s.method === "EIGEN" ? t.nativeEigen : t.methodHint}
      >
        <Select
          value={s.method}
          onChange={(_, d) => set({ method: d.value as EvaluationSettings["method"] })}
        >
          <option value="EIGEN">{t.eigen}</option>
          <option value="SQRT">{t.sqrt}</option>
          <option value="SUM">{t.sum}</option>
        </Select>
      </Field>
      <div className="row">
        <Field label={t.riTable}>
          <Select
            value={s.riTable}
            onChange={(_, d) => set({ riTable: d.value as EvaluationSettings["riTable"] })}
          >
            {["SAATY", "SAATY2005", "CN", "ALONSO", "DD"].map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </Select>
        </Field>
        <DraftField {...field} spec={CR_THRESHOLD} inputMode="decimal" />
      </div>
      <Field label={t.scale}>
        <Select
          value={s.scale}
          onChange={(_, d) => set({ scale: d.value as EvaluationSettings["scale"] })}
        >
          <option value="4">{t.scale4}</option>
          <option value="10">{t.scale10}</option>
          <option value="10-5">{t.scale10_5}</option>
          <option value="5-3">{t.scale5_3}</option>
        </Select>
      </Field>
      <DraftField {...field} spec={EXPERTS} rows={4} />
      <RadioGroup
        value={s.comparisons}
        onChange={(_, d) => set({ comparisons: d.value as "aij" })}
        aria-label={t.comparisons}
      >
        <Radio value="aij" label={t.aij} />
        <Radio value="agreed" label={t.agreed} />
      </RadioGroup>
      <Checkbox
        checked={!!s.questionnaire}
        onChange={(_, d) => set({ questionnaire: !!d.checked })}
        label={t.questionnaire}
      />
      <div className="row">
        <DraftField {...field} spec={FIRST_YEAR} inputMode="numeric" />
        <DraftField {...field} spec={LAST_YEAR} inputMode="numeric" />
      </div>
      <DraftField {...field} spec={WINDOW} inputMode="numeric" hint={t.windowHint} />
      <DraftField {...field} spec={UNITS} rows={3} hint={t.unitsHint} />
      <Field label={t.thresholds}>
        <RadioGroup
          value={s.thresholds ?? "own"}
          onChange={(_, d) => set({ thresholds: d.value as Thresholds })}
          aria-label={t.thresholdsLabel}
        >
          <Radio value="own" label={t.own} />
          <Radio value="units" label={t.acrossUnits} />
          <Radio value="typed" label={t.typed} />
        </RadioGroup>
      </Field>
      <Field label={t.workbookLanguage} hint={t.workbookLanguageHint}>
        <Select
          value={s.language ?? "en"}
          onChange={(_, d) => set({ language: d.value as Language })}
        >
          {LANGUAGES.map((l) => (
            <option key={l} value={l} lang={l}>
              {LANGUAGE_NAMES[l]}
            </option>
          ))}
        </Select>
      </Field>
      <RadioGroup
        value={s.style}
        onChange={(_, d) => set({ style: d.value as "addin" })}
        aria-label={t.style}
      >
        <Radio value="addin" label={t.addin} />
        <Radio value="native" label={t.native} />
      </RadioGroup>
      <Checkbox
        checked={!!s.efficiency}
        onChange={(_, d) => set({ efficiency: !!d.checked })}
        label={t.efficiency}
      />
      {s.efficiency ? <EfficiencyRoles {...props} /> : null}
      <Checkbox
        checked={s.trade}
        onChange={(_, d) => set({ trade: !!d.checked })}
        label={t.trade}
      />
      <Checkbox
        checked={s.service}
        onChange={(_, d) => set({ service: !!d.checked })}
        label={t.service}
      />
      <Checkbox
        checked={!!s.coupling}
        onChange={(_, d) => set({ coupling: !!d.checked })}
        label={t.coupling}
      />
      <Checkbox
        checked={!!s.embodied}
        onChange={(_, d) => set({ embodied: !!d.checked })}
        label={t.embodied}
      />
      {s.embodied ? (
        <DraftField {...field} spec={SECTORS} inputMode="numeric" hint={t.sectorsHint} />
      ) : null}
      <ObjectiveWeightsSection {...field} />
      <ContinueButton
        {...field}
        label={t.continue}
        problems={validateModel}
        onNext={props.onNext}
      />
    </div>
  );
}

const ROLE_LABELS: Record<EfficiencyRole, (t: Messages["settings"]) => string> = {
  input: (t) => t.roleInput,
  output: (t) => t.roleOutput,
  undesirable: (t) => t.roleUndesirable,
  none: (t) => t.roleNone,
};

/** The DEA role of each quantitative indicator (defaults from its criterion), one select each. */
function EfficiencyRoles(props: DraftProps) {
  const t = useMessages().settings;
  const quant = indicators(props.model).filter((n) => n.type === "quantitative");
  if (quant.length === 0) return null;
  const set = (id: string, role: EfficiencyRole) => {
    const s = props.model.settings;
    props.onChange(
      withSettings(props.model, { efficiencyRoles: { ...(s.efficiencyRoles ?? {}), [id]: role } }),
      props.drafts
    );
  };
  return (
    <fieldset className="roles">
      <legend>{t.roles}</legend>
      {quant.map((n) => (
        <Field key={n.id} label={n.name}>
          <Select
            value={efficiencyRole(props.model, n.id)}
            onChange={(_, d) => set(n.id, d.value as EfficiencyRole)}
          >
            {(Object.keys(ROLE_LABELS) as EfficiencyRole[]).map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r](t)}
              </option>
            ))}
          </Select>
        </Field>
      ))}
    </fieldset>
  );
}
