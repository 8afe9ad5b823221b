import {
  Button,
  Checkbox,
  Field,
  Input,
  Radio,
  RadioGroup,
  Select,
  Textarea,
} from "@fluentui/react-components";
import type { EvaluationModel, EvaluationSettings } from "../../workbook/model";
import { validateModel } from "../../workbook/model";

/** Step 3: weight method, RI table and threshold, grade scale, experts, smoothing, formula style. */
export function SettingsStep(props: {
  model: EvaluationModel;
  onChange: (m: EvaluationModel) => void;
  onNext: () => void;
}) {
  const s = props.model.settings;
  const set = (patch: Partial<EvaluationSettings>) =>
    props.onChange({ ...props.model, settings: { ...s, ...patch } });
  const [first, last] = [s.years[0], s.years[s.years.length - 1]];
  const setYears = (a: number, b: number) => {
    if (Number.isInteger(a) && Number.isInteger(b) && b >= a && b - a < 60)
      set({ years: Array.from({ length: b - a + 1 }, (_, i) => a + i) });
  };
  const problems = validateModel(props.model);
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
        <Field label="CR threshold">
          <Input
            type="number"
            step="0.01"
            min="0.01"
            value={String(s.crThreshold)}
            onChange={(_, d) => Number(d.value) > 0 && set({ crThreshold: Number(d.value) })}
          />
        </Field>
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
      <Field label="Experts (one name per line)">
        <Textarea
          rows={4}
          value={s.experts.join("\n")}
          onChange={(_, d) =>
            set({
              experts: d.value
                .split("\n")
                .map((x) => x.trim())
                .filter((x) => x),
            })
          }
        />
      </Field>
      <RadioGroup
        value={s.comparisons}
        onChange={(_, d) => set({ comparisons: d.value as "aij" })}
        aria-label="Comparisons"
      >
        <Radio value="aij" label="Each expert fills comparisons; aggregate by AIJ" />
        <Radio value="agreed" label="One agreed comparison matrix per criterion" />
      </RadioGroup>
      <div className="row">
        <Field label="Window (years)">
          <Input
            type="number"
            min="1"
            value={String(s.window)}
            onChange={(_, d) =>
              Number.isInteger(Number(d.value)) &&
              Number(d.value) >= 1 &&
              set({ window: Number(d.value) })
            }
          />
        </Field>
        <Field label="First year">
          <Input
            type="number"
            value={String(first)}
            onChange={(_, d) => setYears(Number(d.value), last)}
          />
        </Field>
        <Field label="Last year">
          <Input
            type="number"
            value={String(last)}
            onChange={(_, d) => setYears(first, Number(d.value))}
          />
        </Field>
      </div>
      <RadioGroup
        value={s.style}
        onChange={(_, d) => set({ style: d.value as "addin" })}
        aria-label="Formula style"
      >
        <Radio value="addin" label="Add-in functions (=AHP.WEIGHTS …), recalculate live" />
        <Radio value="native" label="Native Excel formulas, for colleagues without the add-in" />
      </RadioGroup>
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
      <div className="actions">
        <Button appearance="primary" disabled={problems.length > 0} onClick={props.onNext}>
          Continue to build
        </Button>
      </div>
    </div>
  );
}
