import * as React from "react";
import type { EvaluationModel } from "../../workbook/model";
import type { Host, WorkbookInputs } from "./host";
import { ShownError, shownError } from "./ErrorBar";

/**
 * What `compute` makes of the workbook's input values, read again whenever the host or model
 * changes or `reload` is called. `compute` must be a stable function (defined outside the
 * component).
 */
export function useWorkbookInputs<T>(
  host: Host,
  model: EvaluationModel,
  compute: (model: EvaluationModel, read: WorkbookInputs) => T
) {
  const [state, setState] = React.useState<{ value: T | null; error: ShownError | null }>({
    value: null,
    error: null,
  });
  const [round, setRound] = React.useState(0);
  React.useEffect(() => {
    let live = true;
    host
      .readInputs(model)
      .then((read) => compute(model, read))
      .then(
        (value) => live && setState({ value, error: null }),
        (e) => live && setState({ value: null, error: shownError(e) })
      );
    return () => {
      live = false;
    };
  }, [host, model, compute, round]);
  const reload = React.useCallback(() => setRound((r) => r + 1), []);
  return { ...state, reload };
}
