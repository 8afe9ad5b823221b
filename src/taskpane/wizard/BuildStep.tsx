import * as React from "react";
import {
  Button,
  Checkbox,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Text,
} from "@fluentui/react-components";
import {
  comparisonParents,
  indicators,
  EvaluationModel,
  severalUnits,
  thresholdsOf,
} from "../../workbook/model";
import {
  comparisonBlocks,
  questionnaireSheets,
  sheetIds,
  DEFAULT_SHEET_NAMES,
} from "../../workbook/layout";
import { sampleInputs } from "../../workbook/sample";
import { objectiveSettings } from "../../workbook/objectiveWeights";
import { BuildConflict, ConflictChoice } from "../../workbook/writeOffice";
import type { BuildSummary, Host } from "./host";
import { TradeData, TradeImport } from "./TradeImport";
import { ErrorBar, messageOf } from "./ErrorBar";

/** Step 4: write the sheets, with progress, the existing-sheets question and a summary. */
/** How the Build step names each threshold method. */
const THRESHOLD_NAMES = {
  own: "from each unit's own history",
  units: "across all units",
  typed: "typed per indicator",
} as const;

/** What the build adds for objective weights, or nothing. */
function objectiveSummary(model: EvaluationModel): string {
  const o = objectiveSettings(model);
  if (!o) return "";
  const how = o.combine === "linear" ? `linear, α = ${o.alpha}` : "multiplicative";
  return ` An Objective weights table on Results: entropy weights of the quantitative indicators combined with the AHP weights (${how}), ${o.use ? "used by the evaluation" : "for comparison"}.`;
}

/** Trade rows read and confirmed, per host, until a build uses them (they survive switching steps). */
const tradeData = new WeakMap<Host, TradeData | null>();

export function BuildStep(props: {
  host: Host;
  model: EvaluationModel;
  /** The last build's summary, kept by the wizard so that it survives switching steps. */
  summary: BuildSummary | null;
  onBuilt: (s: BuildSummary) => void;
}) {
  const { host, model } = props;
  const [sample, setSample] = React.useState(false);
  const [progress, setProgress] = React.useState<{ step: string; fraction: number } | null>(null);
  const [conflict, setConflict] = React.useState<string[] | null>(null);
  const [summary, setSummary] = React.useState<BuildSummary | null>(props.summary);
  const [error, setError] = React.useState<string | null>(null);
  const [trade, setTradeState] = React.useState<TradeData | null>(tradeData.get(host) ?? null);
  const setTrade = (d: TradeData | null) => {
    tradeData.set(host, d);
    setTradeState(d);
  };
  const leaves = indicators(model);
  const blocks =
    comparisonParents(model).length *
    (comparisonBlocks(model.settings).length +
      (comparisonBlocks(model.settings).length > 1 ? 1 : 0));

  const run = async (choice: ConflictChoice | null) => {
    setError(null);
    setSummary(null);
    setConflict(null);
    setProgress({ step: "Starting", fraction: 0.02 });
    try {
      const s = await host.build(
        model,
        choice,
        sample ? sampleInputs(model) : null,
        (step, fraction) => setProgress({ step, fraction }),
        model.settings.trade ? trade?.imported : undefined
      );
      if (model.settings.trade) setTrade(null); // on the sheet now
      setSummary(s);
      props.onBuilt(s);
    } catch (e) {
      if (e instanceof BuildConflict) setConflict(e.existing);
      else setError(messageOf(e));
    } finally {
      setProgress(null);
    }
  };

  return (
    <div className="step">
      <Text as="p">
        Sheets:{" "}
        {sheetIds(model.settings)
          .filter((id) => id !== "meta")
          .map((id) => {
            if (id !== "questionnaire") return DEFAULT_SHEET_NAMES[id];
            const q = questionnaireSheets(model.settings);
            return q.length === 1 ? q[0].name : `${q[0].name} to ${q.length} (one per expert)`;
          })
          .join(", ")}
        . {leaves.length} indicators ({leaves.filter((n) => n.type === "quantitative").length}{" "}
        quantitative), {blocks} comparison blocks, {model.settings.experts.length} experts,{" "}
        {model.settings.style === "native" ? "native Excel formulas" : "add-in functions"}.
        {severalUnits(model.settings) &&
          ` ${model.settings.units?.length} units (${model.settings.units?.join(", ")}): a block of scores and data each, shared weights, and a Units table on Results with each unit's W, grade and rank; thresholds ${THRESHOLD_NAMES[thresholdsOf(model.settings)]}.`}
        {objectiveSummary(model)}
      </Text>
      {model.settings.trade && (
        <TradeImport host={host} years={model.settings.years} data={trade} onData={setTrade} />
      )}
      <Checkbox
        checked={sample}
        onChange={(_, d) => setSample(!!d.checked)}
        label="Fill empty inputs with sample judgments, scores and data"
      />
      <div className="actions">
        <Button appearance="primary" disabled={!!progress} onClick={() => run(null)}>
          {host.kind === "excel" ? "Build the workbook" : "Build and download .xlsx"}
        </Button>
      </div>
      {progress && (
        <div role="status" aria-live="polite">
          <ProgressBar value={progress.fraction} />
          <Text size={200}>{progress.step}…</Text>
        </div>
      )}
      {conflict && (
        <MessageBar intent="warning">
          <MessageBarBody>
            The workbook already has {conflict.join(", ")}. Update them in place (every judgment,
            score and value you typed for nodes that still exist is kept) or create new sheets
            beside them?
            <div className="actions wrap">
              <Button size="small" appearance="primary" onClick={() => run("update")}>
                Update in place
              </Button>
              <Button size="small" onClick={() => run("new")}>
                Create new sheets
              </Button>
            </div>
          </MessageBarBody>
        </MessageBar>
      )}
      <ErrorBar error={error} />
      {summary && (
        <MessageBar intent="success">
          <MessageBarBody>
            <div className="summary" data-testid="build-summary">
              {summary.file && (
                <div>
                  Downloaded <strong>{summary.file}</strong>.
                </div>
              )}
              {summary.created.length > 0 && <div>Created: {summary.created.join(", ")}.</div>}
              {summary.updated.length > 0 && (
                <div>
                  Updated in place: {summary.updated.join(", ")}; {summary.kept} entries kept.
                </div>
              )}
              {summary.removed && summary.removed.length > 0 && (
                <div>Removed (no longer used): {summary.removed.join(", ")}.</div>
              )}
              {summary.notes && summary.notes.length > 0 && (
                <div>
                  Kept as typed:
                  <ul className="changes">
                    {summary.notes.map((c, i) => (
                      <li key={i}>{c}</li>
                    ))}
                  </ul>
                </div>
              )}
              {summary.changes.length > 0 && (
                <div>
                  Changed so that every name fits a cell:
                  <ul className="changes">
                    {summary.changes.map((c, i) => (
                      <li key={i}>{c}</li>
                    ))}
                  </ul>
                </div>
              )}
              {summary.dropped.length > 0 && (
                <div>
                  Dropped (their nodes were removed):{" "}
                  {summary.dropped.map((d) => `${d.key} = ${d.value}`).join("; ")}.
                </div>
              )}
            </div>
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
