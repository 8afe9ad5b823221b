/**
 * The Objective weights section of the Settings step (setting `objectiveWeights`): combine the
 * AHP weights with entropy weights of the quantitative indicators across the units,
 * multiplicatively or linearly with a typed α, and whether the evaluation uses the combined
 * weights. Available with several units and at least two quantitative indicators; otherwise it
 * says why and its switch is off and disabled.
 */
import { Checkbox, Field, Radio, RadioGroup, Switch } from "@fluentui/react-components";
import { parseNumber } from "../../core/cells";
import type { EvaluationModel, ObjectiveWeightsSettings } from "../../workbook/model";
import {
  DEFAULT_OBJECTIVE,
  alphaProblem,
  objectiveWeightsProblem,
} from "../../workbook/objectiveWeights";
import { AnyFieldSpec, DraftField, DraftProps, FieldSpec } from "./fields";
import { useMessages } from "../i18n/context";
import { localizeProblem } from "../i18n/problems";

const objectiveOf = (m: EvaluationModel) => m.settings.objectiveWeights ?? DEFAULT_OBJECTIVE;

const withObjective = (
  m: EvaluationModel,
  o: ObjectiveWeightsSettings | undefined
): EvaluationModel => ({ ...m, settings: { ...m.settings, objectiveWeights: o } });

/** α, the share of the AHP weights in the linear combination, typed (0.4, 40%, 2/5). */
export const ALPHA: FieldSpec<number> = {
  name: "objectiveAlpha",
  label: (t) => t.objective.alpha,
  get: (m) => objectiveOf(m).alpha,
  format: String,
  parse: (text) => {
    const x = parseNumber(text);
    if (x === null) return { ok: false, reason: (t) => t.objective.enterAlpha };
    if (Number.isNaN(x)) return { ok: false, reason: (t) => t.common.notANumber(text.trim()) };
    const why = alphaProblem(x);
    return why
      ? { ok: false, reason: (t) => localizeProblem(why, t).text }
      : { ok: true, value: x };
  },
  set: (m, v) => withObjective(m, { ...objectiveOf(m), alpha: v }),
};

/** The section, below the other settings; `specs` are the step's typed fields (ALPHA among them). */
export function ObjectiveWeightsSection(props: DraftProps & { specs: readonly AnyFieldSpec[] }) {
  const { model } = props;
  const m = useMessages();
  const t = m.objective;
  const problem = objectiveWeightsProblem(model);
  const why = problem === null ? null : localizeProblem(problem, m);
  const o = model.settings.objectiveWeights;
  const on = !!o && problem === null;
  // Without the α field in view, a draft of it (1.5 left unfixed) would block Continue unseen.
  const set = (next: ObjectiveWeightsSettings | undefined) => {
    const drafts = { ...props.drafts };
    if (next?.combine !== "linear") delete drafts[ALPHA.name];
    props.onChange(withObjective(model, next), drafts);
  };
  const current = objectiveOf(model);
  return (
    <section className="objective" aria-labelledby="objective-heading">
      <h3 id="objective-heading">{t.heading}</h3>
      <Switch
        checked={on}
        disabled={problem !== null}
        onChange={(_, d) => set(d.checked ? current : undefined)}
        label={t.switch}
      />
      <p className="hint" lang={why?.english ? "en" : undefined}>
        {why ? why.text : t.explain}
      </p>
      {on && (
        <>
          <Field label={t.combination}>
            <RadioGroup
              value={current.combine}
              onChange={(_, d) =>
                set({ ...current, combine: d.value as ObjectiveWeightsSettings["combine"] })
              }
              aria-label={t.combination}
            >
              <Radio value="multiplicative" label={t.multiplicative} />
              <Radio value="linear" label={t.linear} />
            </RadioGroup>
          </Field>
          {current.combine === "linear" && (
            <DraftField {...props} spec={ALPHA} inputMode="decimal" hint={t.alphaHint} />
          )}
          <Checkbox
            checked={current.use}
            onChange={(_, d) => set({ ...current, use: !!d.checked })}
            label={t.use}
          />
        </>
      )}
    </section>
  );
}
