import * as React from "react";
import { Badge, Button, Link, Text } from "@fluentui/react-components";
import { CheckItem, checkEvaluation } from "../../workbook/check";
import { EvaluationModel, severalUnits, unitNames } from "../../workbook/model";
import type { Host, WorkbookInputs } from "./host";
import { useWorkbookInputs } from "./useWorkbookInputs";
import { ErrorBar, messageOf } from "./ErrorBar";
import { StaleBar } from "./StaleBar";

const STATE_COLOR = {
  consistent: "success",
  inconsistent: "danger",
  incomplete: "warning",
  invalid: "danger",
} as const;

const check = (model: EvaluationModel, read: WorkbookInputs) =>
  checkEvaluation(model, read.inputs, read.cells);

/** Step 5: CR and state of every block, the worst judgments with the consistent value, what is missing. */
export function CheckStep(props: { host: Host; model: EvaluationModel }) {
  const checked = useWorkbookInputs(props.host, props.model, check);
  const [selectError, setSelectError] = React.useState<string | null>(null);
  /** In preview: the item last clicked, whose cell is then named beside it. */
  const [where, setWhere] = React.useState<CheckItem | null>(null);
  const result = checked.value;
  const error = checked.error ?? selectError;
  const go = (item: CheckItem) => {
    if (!item.sheet || !item.address) return;
    // Outside Excel there is no cell to select: say where it is in the downloaded workbook.
    if (props.host.kind === "preview") setWhere(item);
    else props.host.select(item.sheet, item.address).catch((e) => setSelectError(messageOf(e)));
  };
  const itemView = (item: CheckItem, i: number) => (
    <li key={i}>
      {item.sheet ? (
        <Link as="button" onClick={() => go(item)}>
          {item.title}
        </Link>
      ) : (
        <strong>{item.title}</strong>
      )}
      <Text size={200}>
        {" "}
        {item.detail}
        {item.address ? ` (${item.sheet}!${item.address})` : ""}
      </Text>
      {where === item && (
        <div className="check-where" data-testid="check-where" role="status">
          Preview: no cell to select here. In the downloaded workbook it is sheet {item.sheet}, cell{" "}
          {item.address}.
        </div>
      )}
    </li>
  );
  return (
    <div className="step">
      <div className="actions">
        <Button onClick={checked.reload}>Check again</Button>
      </div>
      <ErrorBar error={error} />
      <StaleBar host={props.host} model={props.model} />
      {result && (
        <>
          <h3 className="h">Comparison blocks</h3>
          <div className="checks" data-testid="check-blocks">
            {[...new Set(result.blocks.map((b) => b.parent))].map((parent) => (
              <section key={parent} className="check-group" aria-label={parent}>
                <h4>{parent}</h4>
                <ul>
                  {result.blocks
                    .filter((b) => b.parent === parent)
                    .map((b, i) => (
                      <li key={i}>
                        <div className="check-head">
                          <span>{b.block}</span>
                          <Badge appearance="tint" color={STATE_COLOR[b.state]}>
                            {b.state}
                            {b.cr !== null ? ` · CR ${b.cr.toFixed(3)}` : ""}
                          </Badge>
                        </div>
                        {b.items.length > 0 && (
                          <ul className="suggestions">{b.items.map(itemView)}</ul>
                        )}
                      </li>
                    ))}
                </ul>
              </section>
            ))}
          </div>
          <h3 className="h">Missing entries ({result.missing.length})</h3>
          {severalUnits(props.model.settings) && (
            <ul className="checks" data-testid="missing-by-unit" aria-label="Missing per unit">
              {unitNames(props.model.settings).map((u) => {
                const of = (kind: CheckItem["kind"]) =>
                  result.missing.filter((m) => m.unit === u && m.kind === kind).length;
                const [scores, series] = [of("score"), of("data")];
                return (
                  <li key={u}>
                    <strong>{u}</strong>
                    <Text size={200}>
                      {": "}
                      {scores + series === 0
                        ? "every score and data series entered"
                        : [
                            scores > 0 ? `${scores} score${scores === 1 ? "" : "s"}` : "",
                            series > 0 ? `${series} data series` : "",
                          ]
                            .filter((x) => x !== "")
                            .join(", ") + " missing"}
                    </Text>
                  </li>
                );
              })}
            </ul>
          )}
          {result.missing.length === 0 ? (
            <Text>Nothing is missing.</Text>
          ) : (
            <ul className="checks">{result.missing.slice(0, 60).map(itemView)}</ul>
          )}
          {result.missing.length > 60 && (
            <Text size={200}>… and {result.missing.length - 60} more.</Text>
          )}
        </>
      )}
    </div>
  );
}
