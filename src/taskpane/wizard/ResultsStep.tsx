import * as React from "react";
import { Button, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import { evaluateModel } from "../../workbook/evaluate";
import { scaleOf, DEFAULT_SHEET_NAMES } from "../../workbook/layout";
import { EvaluationModel, childrenOf, severalUnits, unitNames } from "../../workbook/model";
import { resultKey } from "../../workbook/keys";
import type { Host, WorkbookInputs } from "./host";
import { useWorkbookInputs } from "./useWorkbookInputs";
import { ErrorBar } from "./ErrorBar";
import { StaleBar } from "./StaleBar";
import { checkEvaluation, resultsWarning, summarizeCheck } from "../../workbook/check";

/** The results, and the warning they carry while a block is inconsistent or an entry missing. */
const evaluate = (model: EvaluationModel, read: WorkbookInputs) => ({
  computed: evaluateModel(model, read.inputs),
  warning: resultsWarning(summarizeCheck(checkEvaluation(model, read.inputs, read.cells))),
});

/** Step 6: W, the grade, the scores per criterion, and where the charts are. */
export function ResultsStep(props: { host: Host; model: EvaluationModel }) {
  const evaluated = useWorkbookInputs(props.host, props.model, evaluate);
  const computed = evaluated.value?.computed ?? null;
  const warning = evaluated.value?.warning ?? null;
  const error = evaluated.error;
  const scale = scaleOf(props.model.settings);
  const fmt = (x: unknown) => (typeof x === "number" ? x.toFixed(4) : "—");
  const several = severalUnits(props.model.settings);
  const units = unitNames(props.model.settings);
  // Results are in when W is (with several units, when any unit's W is).
  const ready =
    computed !== null &&
    (several ? units.some((u) => computed.has(resultKey.unitValue(u))) : computed.has("W"));
  return (
    <div className="step">
      <div className="actions">
        <Button onClick={evaluated.reload}>Recalculate</Button>
      </div>
      <ErrorBar error={error} />
      <StaleBar host={props.host} model={props.model} />
      {ready && warning && (
        <MessageBar intent="warning" data-testid="provisional">
          <MessageBarBody>{warning}</MessageBarBody>
        </MessageBar>
      )}
      {computed && !ready && (
        <MessageBar intent="info">
          <MessageBarBody>
            Not all judgments, scores and data are in yet: see the Check step.
          </MessageBarBody>
        </MessageBar>
      )}
      {computed && ready && several && (
        <div data-testid="results">
          <table className="results" aria-label="Units">
            <thead>
              <tr>
                <th scope="col">Unit</th>
                <th scope="col">W</th>
                <th scope="col">Grade</th>
                <th scope="col">Rank</th>
              </tr>
            </thead>
            <tbody>
              {units.map((u) => (
                <tr key={u}>
                  <th scope="row">{u}</th>
                  <td>{fmt(computed.get(resultKey.unitValue(u)))}</td>
                  <td>{String(computed.get(resultKey.unitGrade(u)) ?? "—")}</td>
                  <td>{String(computed.get(resultKey.unitRank(u)) ?? "—")}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Text size={200} as="p">
            Rank 1 is the highest W; equal W share a rank. Per unit W and grade of each criterion
            and the memberships B are on the Results sheet.
          </Text>
        </div>
      )}
      {computed && ready && !several && (
        <div data-testid="results">
          <div className="big">
            <span>
              W = <strong>{fmt(computed.get("W"))}</strong>
            </span>
            <span className="grade">{String(computed.get("grade"))}</span>
          </div>
          <table className="results">
            <thead>
              <tr>
                <th scope="col">Criterion</th>
                <th scope="col">W</th>
                <th scope="col">Grade</th>
              </tr>
            </thead>
            <tbody>
              {childrenOf(props.model, null).map((c) => (
                <tr key={c.id}>
                  <th scope="row">{c.name}</th>
                  <td>{fmt(computed.get(resultKey.value(c.id)))}</td>
                  <td>{String(computed.get(resultKey.grade(c.id)) ?? "—")}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Text size={200} as="p">
            Memberships B:{" "}
            {scale.labels
              .map((l, e) => `${l} ${fmt(computed.get(resultKey.membership("overall", e)))}`)
              .join(", ")}
            .
          </Text>
        </div>
      )}
      <Text as="p" size={200}>
        In the workbook: sheet <strong>{DEFAULT_SHEET_NAMES.results}</strong> holds the weights, the
        grey evaluation matrix, B per criterion and overall, W and the grade, a bar chart of the
        global weights and a column chart of the grade memberships. Names: EvalScore (W), EvalGrade,
        EvalClasses (B), GlobalWeights
        {several
          ? `; with several units, EvalScore, EvalGrade and EvalClasses are the first unit's, and the Units table (UnitScores, UnitGrades, UnitRanks) and a chart of W by unit compare them`
          : ""}
        . Sheet <strong>{DEFAULT_SHEET_NAMES.status}</strong> counts what is entered and lists what
        keeps the results provisional, each with a link to its cell.
        {props.model.settings.trade
          ? " The Trade Structure sheet has the shares by year and a stacked chart."
          : ""}
      </Text>
    </div>
  );
}
