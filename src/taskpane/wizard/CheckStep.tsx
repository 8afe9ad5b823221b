import * as React from "react";
import { Badge, Button, Link, Text } from "@fluentui/react-components";
import { CheckItem, checkEvaluation } from "../../workbook/check";
import { EvaluationModel, severalUnits, unitNames } from "../../workbook/model";
import type { Host, WorkbookInputs } from "./host";
import { useWorkbookInputs } from "./useWorkbookInputs";
import { ErrorBar, ShownError, shownError } from "./ErrorBar";
import { StaleBar } from "./StaleBar";
import type { Messages } from "../i18n/en";
import { useMessages } from "../i18n/context";

const STATE_COLOR = {
  consistent: "success",
  inconsistent: "danger",
  incomplete: "warning",
  invalid: "danger",
} as const;

/** The check in the words of each language's table (one stable function per table). */
const checks = new WeakMap<
  Messages["check"]["items"],
  (model: EvaluationModel, read: WorkbookInputs) => ReturnType<typeof checkEvaluation>
>();
function checkIn(items: Messages["check"]["items"]) {
  let f = checks.get(items);
  if (!f) {
    f = (model, read) => checkEvaluation(model, read.inputs, read.cells, items);
    checks.set(items, f);
  }
  return f;
}

/** Step 5: CR and state of every block, the worst judgments with the consistent value, what is missing. */
export function CheckStep(props: { host: Host; model: EvaluationModel }) {
  const t = useMessages().check;
  const checked = useWorkbookInputs(props.host, props.model, checkIn(t.items));
  const [selectError, setSelectError] = React.useState<ShownError | null>(null);
  /** In preview: the item last clicked, whose cell is then named beside it. */
  const [where, setWhere] = React.useState<CheckItem | null>(null);
  const result = checked.value;
  const error = checked.error ?? selectError;
  const go = (item: CheckItem) => {
    if (!item.sheet || !item.address) return;
    // Outside Excel there is no cell to select: say where it is in the downloaded workbook.
    if (props.host.kind === "preview") setWhere(item);
    else props.host.select(item.sheet, item.address).catch((e) => setSelectError(shownError(e)));
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
        {/* an error of src/core (a matrix the AHP code refuses) is English */}
        <span lang={item.coreDetail ? "en" : undefined}>{item.detail}</span>
        {item.address ? t.at(item.sheet ?? "", item.address) : ""}
      </Text>
      {where === item && (
        <div className="check-where" data-testid="check-where" role="status">
          {t.where(item.sheet ?? "", item.address ?? "")}
        </div>
      )}
    </li>
  );
  return (
    <div className="step">
      <div className="actions">
        <Button onClick={checked.reload}>{t.again}</Button>
      </div>
      <ErrorBar error={error} />
      <StaleBar host={props.host} model={props.model} />
      {result && (
        <>
          <h3 className="h">{t.blocks}</h3>
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
                            {t.states[b.state]}
                            {b.cr !== null ? t.cr(b.cr.toFixed(3)) : ""}
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
          <h3 className="h">{t.missing(result.missing.length)}</h3>
          {severalUnits(props.model.settings) && (
            <ul className="checks" data-testid="missing-by-unit" aria-label={t.missingPerUnit}>
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
                        ? t.everythingEntered
                        : t.unitMissing(
                            [scores > 0 ? t.scores(scores) : "", series > 0 ? t.series(series) : ""]
                              .filter((x) => x !== "")
                              .join(t.listSeparator)
                          )}
                    </Text>
                  </li>
                );
              })}
            </ul>
          )}
          {result.missing.length === 0 ? (
            <Text>{t.nothingMissing}</Text>
          ) : (
            <ul className="checks">{result.missing.slice(0, 60).map(itemView)}</ul>
          )}
          {result.missing.length > 60 && (
            <Text size={200}>{t.more(result.missing.length - 60)}</Text>
          )}
        </>
      )}
    </div>
  );
}
