import * as React from "react";
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { EvaluationModel } from "../../workbook/model";
import { storableModel } from "../../workbook/text";
import type { Host } from "./host";
import { useMessages } from "../i18n/context";

/** JSON of a value with object keys sorted: equal for equal models however they were made. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v
  );
}

/** True when the workbook was built from a model other than `model` (as a build would store it). */
export function isStale(model: EvaluationModel, built: EvaluationModel | null): boolean {
  return built === null || canonicalJson(storableModel(model).model) !== canonicalJson(built);
}

/**
 * A warning while the workbook was built from an earlier version of the evaluation: the
 * workbook's cells and numbers are those of that version until the next build.
 */
export function StaleBar(props: { host: Host; model: EvaluationModel }) {
  const m = useMessages();
  const [stale, setStale] = React.useState(false);
  React.useEffect(() => {
    let live = true;
    props.host.builtModel().then(
      (built) => live && setStale(isStale(props.model, built)),
      () => live && setStale(false)
    );
    return () => {
      live = false;
    };
  }, [props.host, props.model]);
  if (!stale) return null;
  return (
    <MessageBar intent="warning" data-testid="stale">
      <MessageBarBody>{m.common.stale}</MessageBarBody>
    </MessageBar>
  );
}
