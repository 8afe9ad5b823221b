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

const objectiveOf = (m: EvaluationModel) => m.settings.objectiveWeights ?? DEFAULT_OBJECTIVE;

const withObjective = (
  m: EvaluationModel,
  o: ObjectiveWeightsSettings | undefined
): EvaluationModel => ({ ...m, settings: { ...m.settings, objectiveWeights: o } });

/** α, the share of the AHP weights in the linear combination, typed (0.4, 40%, 2/5). */
export const ALPHA: FieldSpec<number> = {
  name: "objectiveAlpha",
  label: "α: share of the AHP weights",
  get: (m) => objectiveOf(m).alpha,
  format: String,
  parse: (text) => {
    const x = parseNumber(text);
    if (x === null) return { ok: false, reason: "Enter α, a share between 0 and 1 such as 0.5" };
    if (Number.isNaN(x)) return { ok: false, reason: `"${text.trim()}" is not a number` };
    const why = alphaProblem(x);
    return why ? { ok: false, reason: why } : { ok: true, value: x };
  },
  set: (m, v) => withObjective(m, { ...objectiveOf(m), alpha: v }),
};

/** The section, below the other settings; `specs` are the step's typed fields (ALPHA among them). */
export function ObjectiveWeightsSection(props: DraftProps & { specs: readonly AnyFieldSpec[] }) {
  const { model } = props;
  const problem = objectiveWeightsProblem(model);
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
      <h3 id="objective-heading">Objective weights</h3>
      <Switch
        checked={on}
        disabled={problem !== null}
        onChange={(_, d) => set(d.checked ? current : undefined)}
        label="Combine the AHP weights with entropy weights of the quantitative indicators"
      />
      <p className="hint">
        {problem ??
          "Entropy weights give more weight to the quantitative indicators on which the units differ more (each unit's latest-year value, min-max normalised). The Results sheet gets an Objective weights table; the combined weights keep the quantitative indicators' total AHP weight, so the qualitative indicators keep theirs."}
      </p>
      {on && (
        <>
          <Field label="Combination">
            <RadioGroup
              value={current.combine}
              onChange={(_, d) =>
                set({ ...current, combine: d.value as ObjectiveWeightsSettings["combine"] })
              }
              aria-label="Combination"
            >
              <Radio value="multiplicative" label="Multiplicative: a·b / Σ a·b" />
              <Radio value="linear" label="Linear: α·a + (1 − α)·b" />
            </RadioGroup>
          </Field>
          {current.combine === "linear" && (
            <DraftField
              {...props}
              spec={ALPHA}
              inputMode="decimal"
              hint="a: the AHP weights, b: the entropy weights. 1: AHP only, 0: entropy only."
            />
          )}
          <Checkbox
            checked={current.use}
            onChange={(_, d) => set({ ...current, use: !!d.checked })}
            label="Use the combined weights in the evaluation (otherwise the table is for comparison)"
          />
        </>
      )}
    </section>
  );
}
