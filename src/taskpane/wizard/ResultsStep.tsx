import * as React from "react";
import { Button, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import { evaluateModel } from "../../workbook/evaluate";
import { scaleOf, sheetNames } from "../../workbook/layout";
import { EvaluationModel, childrenOf, severalUnits, unitNames } from "../../workbook/model";
import { resultKey } from "../../workbook/keys";
import type { Host, WorkbookInputs } from "./host";
import { useWorkbookInputs } from "./useWorkbookInputs";
import { ErrorBar } from "./ErrorBar";
import { StaleBar } from "./StaleBar";
import {
  CheckMessages,
  checkEvaluation,
  resultsWarning,
  summarizeCheck,
} from "../../workbook/check";
import { useMessages } from "../i18n/context";

type Evaluated = {
  computed: ReturnType<typeof evaluateModel>;
  warning: string | null;
};

/** The results, and the warning they carry while a block is inconsistent or an entry missing (one stable function per language). */
const evaluations = new WeakMap<
  CheckMessages,
  (model: EvaluationModel, read: WorkbookInputs) => Evaluated
>();
function evaluateIn(text: CheckMessages) {
  let f = evaluations.get(text);
  if (!f) {
    f = (model, read) => ({
      computed: evaluateModel(model, read.inputs),
      warning: resultsWarning(
        summarizeCheck(checkEvaluation(model, read.inputs, read.cells, text), text),
        text
      ),
    });
    evaluations.set(text, f);
  }
  return f;
}

/** Step 6: W, the grade, the scores per criterion, and where the charts are. */
export function ResultsStep(props: { host: Host; model: EvaluationModel }) {
  const m = useMessages();
  const t = m.results;
  const evaluated = useWorkbookInputs(props.host, props.model, evaluateIn(m.check.items));
  const computed = evaluated.value?.computed ?? null;
  const warning = evaluated.value?.warning ?? null;
  const error = evaluated.error;
  const scale = scaleOf(props.model.settings);
  const fmt = (x: unknown) => (typeof x === "number" ? x.toFixed(4) : "—");
  const several = severalUnits(props.model.settings);
  const names = sheetNames(props.model.settings.language);
  const units = unitNames(props.model.settings);
  // Results are in when W is (with several units, when any unit's W is).
  const ready =
    computed !== null &&
    (several ? units.some((u) => computed.has(resultKey.unitValue(u))) : computed.has("W"));
  return (
    <div className="step">
      <div className="actions">
        <Button onClick={evaluated.reload}>{t.recalculate}</Button>
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
          <MessageBarBody>{t.notReady}</MessageBarBody>
        </MessageBar>
      )}
      {computed && ready && several && (
        <div data-testid="results">
          <table className="results" aria-label={t.units}>
            <thead>
              <tr>
                <th scope="col">{t.unit}</th>
                <th scope="col">W</th>
                <th scope="col">{t.grade}</th>
                <th scope="col">{t.rank}</th>
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
            {t.rankNote}
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
                <th scope="col">{t.criterion}</th>
                <th scope="col">W</th>
                <th scope="col">{t.grade}</th>
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
            {t.memberships(
              scale.labels
                .map((l, e) => `${l} ${fmt(computed.get(resultKey.membership("overall", e)))}`)
                .join(t.listSeparator)
            )}
          </Text>
        </div>
      )}
      <Text as="p" size={200}>
        {t.where(names.results, names.status, several, props.model.settings.trade)}
      </Text>
    </div>
  );
}
