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

/** A number typed in a field (the forms of parseNumber: "0.05", "5%", "1/20"), or the reason it is not one. */
function numberIn(text: string, what: string): Parsed<number> {
  const x = parseNumber(text);
  if (x === null) return { ok: false, reason: `Enter ${what}` };
  if (Number.isNaN(x)) return { ok: false, reason: `"${text.trim()}" is not a number` };
  return { ok: true, value: x };
}

function wholeIn(text: string, what: string): Parsed<number> {
  const r = numberIn(text, what);
  if (r.ok && !Number.isInteger(r.value))
    return { ok: false, reason: `${what} is a whole number, not ${r.value}` };
  return r;
}

function yearIn(text: string, what: string): Parsed<number> {
  const r = wholeIn(text, what);
  if (r.ok && (r.value < 1900 || r.value > 2200))
    return { ok: false, reason: `${r.value} is not a year between 1900 and 2200` };
  return r;
}

const CR_THRESHOLD: FieldSpec<number> = {
  name: "crThreshold",
  label: "CR threshold",
  get: (m) => m.settings.crThreshold,
  format: String,
  parse: (text) => {
    const r = numberIn(text, "a CR threshold such as 0.1");
    if (r.ok && !(r.value > 0 && r.value < 1))
      return {
        ok: false,
        reason: `The CR threshold is a ratio between 0 and 1 (Saaty's is 0.1), not ${r.value}`,
      };
    return r;
  },
  set: (m, v) => withSettings(m, { crThreshold: v }),
};

/** A field of names, one per line: blank lines dropped, each name trimmed, checked by `problem`. */
function namesField(
  name: string,
  label: string,
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
      return why ? { ok: false, reason: why } : { ok: true, value: names };
    },
    set,
  };
}

const EXPERTS = namesField(
  "experts",
  "Experts (one name per line)",
  (m) => m.settings.experts,
  expertsProblem,
  (m, v) => withSettings(m, { experts: v })
);

const UNITS = namesField(
  "units",
  "Units evaluated (one name per line; none or one: a single unit)",
  (m) => m.settings.units ?? [],
  unitsProblem,
  (m, v) => withSettings(m, { units: v.length > 0 ? v : undefined })
);

const WINDOW: FieldSpec<number> = {
  name: "window",
  label: "Window (years)",
  get: (m) => m.settings.window,
  format: String,
  parse: (text, m) => {
    const r = wholeIn(text, "the window");
    if (!r.ok) return r;
    const why = windowProblem(r.value, m.settings.years.length);
    return why ? { ok: false, reason: why } : r;
  },
  set: (m, v) => withSettings(m, { window: v }),
};

const FIRST_YEAR: FieldSpec<number> = {
  name: "firstYear",
  label: "First year",
  get: firstOf,
  format: String,
  parse: (text, m) => {
    const r = yearIn(text, "the first year");
    if (!r.ok) return r;
    if (r.value > lastOf(m))
      return { ok: false, reason: `The first year is after the last year (${lastOf(m)})` };
    if (lastOf(m) - r.value >= MAX_YEARS)
      return { ok: false, reason: `At most ${MAX_YEARS} years (the last year is ${lastOf(m)})` };
    return r;
  },
  set: (m, v) => withSettings(m, { years: yearRange(v, lastOf(m)) }),
};

const LAST_YEAR: FieldSpec<number> = {
  name: "lastYear",
  label: "Last year",
  get: lastOf,
  format: String,
  parse: (text, m) => {
    const r = yearIn(text, "the last year");
    if (!r.ok) return r;
    if (r.value < firstOf(m))
      return { ok: false, reason: `The last year is before the first year (${firstOf(m)})` };
    if (r.value - firstOf(m) >= MAX_YEARS)
      return { ok: false, reason: `At most ${MAX_YEARS} years (the first year is ${firstOf(m)})` };
    return r;
  },
  set: (m, v) => withSettings(m, { years: yearRange(firstOf(m), v) }),
};

const SECTORS: FieldSpec<number> = {
  name: "sectors",
  label: "Sectors of the input-output table",
  get: (m) => m.settings.sectors ?? DEFAULT_SECTORS,
  format: String,
  parse: (text) => {
    const r = wholeIn(text, "the number of sectors");
    if (r.ok && (r.value < 1 || r.value > MAX_SECTORS))
      return { ok: false, reason: `The number of sectors runs from 1 to ${MAX_SECTORS}` };
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
  const s = props.model.settings;
  const set = (patch: Partial<EvaluationSettings>) =>
    props.onChange(withSettings(props.model, patch), props.drafts);
  const field = { ...props, specs: SETTINGS_FIELDS };
  return (
    <div className="step">
      <Field
        label="Weight method"
        hint={
          s.style === "native" && s.method === "EIGEN"
            ? "Native formulas cannot compute EIGEN: the workbook uses SQRT."
            : "EIGEN: principal eigenvector; SQRT: row geometric mean; SUM: normalised columns."
        }
      >
        <Select
          value={s.method}
          onChange={(_, d) => set({ method: d.value as EvaluationSettings["method"] })}
        >
          <option value="EIGEN">EIGEN (principal eigenvector)</option>
          <option value="SQRT">SQRT (square root / geometric mean)</option>
          <option value="SUM">SUM (sum-product / normalised columns)</option>
        </Select>
      </Field>
      <div className="row">
        <Field label="RI table">
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
      <Field label="Grade scale">
        <Select
          value={s.scale}
          onChange={(_, d) => set({ scale: d.value as EvaluationSettings["scale"] })}
        >
          <option value="4">4: Excellent 4, Good 3, Medium 2, Poor 1</option>
          <option value="10">10: 9, 7, 5, 3</option>
          <option value="10-5">10-5: 9, 7, 5, 3, Very poor 1</option>
          <option value="5-3">5-3: Good 5, Medium 3, Poor 1</option>
        </Select>
      </Field>
      <DraftField {...field} spec={EXPERTS} rows={4} />
      <RadioGroup
        value={s.comparisons}
        onChange={(_, d) => set({ comparisons: d.value as "aij" })}
        aria-label="Comparisons"
      >
        <Radio value="aij" label="Each expert fills comparisons; aggregate by AIJ" />
        <Radio value="agreed" label="One agreed comparison matrix per criterion" />
      </RadioGroup>
      <Checkbox
        checked={!!s.questionnaire}
        onChange={(_, d) => set({ questionnaire: !!d.checked })}
        label="Questionnaire sheets: experts answer one question per pair instead of filling matrices"
      />
      <div className="row">
        <DraftField {...field} spec={FIRST_YEAR} inputMode="numeric" />
        <DraftField {...field} spec={LAST_YEAR} inputMode="numeric" />
      </div>
      <DraftField
        {...field}
        spec={WINDOW}
        inputMode="numeric"
        hint="Years in each moving average of the quantitative data."
      />
      <DraftField
        {...field}
        spec={UNITS}
        rows={3}
        hint="Regions, industries, firms or years: each gets its own scores and data; the weights are shared."
      />
      <Field label="Quantitative thresholds (worst and best)">
        <RadioGroup
          value={s.thresholds ?? "own"}
          onChange={(_, d) => set({ thresholds: d.value as Thresholds })}
          aria-label="Quantitative thresholds"
        >
          <Radio value="own" label="The unit's own smoothed history (the paper's method)" />
          <Radio value="units" label="Across all units' smoothed values" />
          <Radio value="typed" label="Typed per indicator: a benchmark and a target" />
        </RadioGroup>
      </Field>
      <RadioGroup
        value={s.style}
        onChange={(_, d) => set({ style: d.value as "addin" })}
        aria-label="Formula style"
      >
        <Radio value="addin" label="Add-in functions (=AHP.WEIGHTS …), recalculate live" />
        <Radio value="native" label="Native Excel formulas, for colleagues without the add-in" />
      </RadioGroup>
      <Checkbox
        checked={!!s.efficiency}
        onChange={(_, d) => set({ efficiency: !!d.checked })}
        label="Add the input-output efficiency (DEA) of the units: quantitative indicators under Input criteria are inputs, under Output criteria outputs (cost ones undesirable)"
      />
      {s.efficiency ? <EfficiencyRoles {...props} /> : null}
      <Checkbox
        checked={s.trade}
        onChange={(_, d) => set({ trade: !!d.checked })}
        label="Add the trade-structure analysis"
      />
      <Checkbox
        checked={s.service}
        onChange={(_, d) => set({ service: !!d.checked })}
        label="Add the service-outsourcing analysis"
      />
      <Checkbox
        checked={!!s.coupling}
        onChange={(_, d) => set({ coupling: !!d.checked })}
        label="Add the Coupling sheet: how innovation (W) and the trade structure move together (coupling coordination degree)"
      />
      <Checkbox
        checked={!!s.embodied}
        onChange={(_, d) => set({ embodied: !!d.checked })}
        label="Add the Embodied Carbon sheet: emissions embodied in exports and imports from an input-output table, by trade class"
      />
      {s.embodied ? (
        <DraftField
          {...field}
          spec={SECTORS}
          inputMode="numeric"
          hint="Rows laid out for the sectors you paste (a rebuild keeps every sector already typed)."
        />
      ) : null}
      <ObjectiveWeightsSection {...field} />
      <ContinueButton
        {...field}
        label="Continue to build"
        problems={validateModel}
        onNext={props.onNext}
      />
    </div>
  );
}

const ROLE_LABELS: Record<EfficiencyRole, string> = {
  input: "Input",
  output: "Output",
  undesirable: "Undesirable output (SBM)",
  none: "Not used",
};

/** The DEA role of each quantitative indicator (defaults from its criterion), one select each. */
function EfficiencyRoles(props: DraftProps) {
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
      <legend>DEA role of each quantitative indicator</legend>
      {quant.map((n) => (
        <Field key={n.id} label={n.name}>
          <Select
            value={efficiencyRole(props.model, n.id)}
            onChange={(_, d) => set(n.id, d.value as EfficiencyRole)}
          >
            {(Object.keys(ROLE_LABELS) as EfficiencyRole[]).map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}
              </option>
            ))}
          </Select>
        </Field>
      ))}
    </fieldset>
  );
}
