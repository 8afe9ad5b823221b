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
import { comparisonBlocks, questionnaireSheets, sheetIds, sheetNames } from "../../workbook/layout";
import { sampleInputs } from "../../workbook/sample";
import { objectiveSettings } from "../../workbook/objectiveWeights";
import { BuildConflict, ConflictChoice } from "../../workbook/writeOffice";
import type { BuildSummary, Host } from "./host";
import type { TradeData } from "./TradeImport";

/** The trade-file reader (and src/core/trade/files) loads when the trade analysis is on. */
const TradeImport = React.lazy(() =>
  import(/* webpackChunkName: "trade-import" */ "./TradeImport").then((m) => ({
    default: m.TradeImport,
  }))
);
import { ErrorBar, ShownError, shownError } from "./ErrorBar";
import type { Messages } from "../i18n/en";
import { useMessages } from "../i18n/context";

/** What the build adds for objective weights, or nothing. */
function objectiveSummary(model: EvaluationModel, t: Messages["build"]): string {
  const o = objectiveSettings(model);
  if (!o) return "";
  const how = o.combine === "linear" ? t.linear(o.alpha) : t.multiplicative;
  return t.objective(how, o.use);
}

/** A progress step's words: the keys writeOffice.ts and host.ts report, else the text as given. */
function progressText(step: string, t: Messages["build"]): string {
  const words = t.progress as Record<string, string>;
  return Object.prototype.hasOwnProperty.call(words, step) ? words[step] : step;
}

/** Trade rows read and confirmed, per host, until a build uses them (they survive switching steps). */
const tradeData = new WeakMap<Host, TradeData | null>();

/** Step 4: write the sheets, with progress, the existing-sheets question and a summary. */
export function BuildStep(props: {
  host: Host;
  model: EvaluationModel;
  /** The last build's summary, kept by the wizard so that it survives switching steps. */
  summary: BuildSummary | null;
  onBuilt: (s: BuildSummary) => void;
}) {
  const { host, model } = props;
  const t = useMessages().build;
  const names = sheetNames(model.settings.language);
  const [sample, setSample] = React.useState(false);
  const [progress, setProgress] = React.useState<{ step: string; fraction: number } | null>(null);
  const [conflict, setConflict] = React.useState<string[] | null>(null);
  const [summary, setSummary] = React.useState<BuildSummary | null>(props.summary);
  const [error, setError] = React.useState<ShownError | null>(null);
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
    setProgress({ step: "starting", fraction: 0.02 });
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
      else setError(shownError(e));
    } finally {
      setProgress(null);
    }
  };

  return (
    <div className="step">
      <Text as="p">
        {t.sheets(
          sheetIds(model.settings)
            .filter((id) => id !== "meta")
            .map((id) => {
              if (id !== "questionnaire") return names[id];
              const q = questionnaireSheets(model.settings);
              return q.length === 1 ? q[0].name : t.questionnaires(q[0].name, q.length);
            })
            .join(t.listSeparator)
        )}
        {t.counts(
          leaves.length,
          leaves.filter((n) => n.type === "quantitative").length,
          blocks,
          model.settings.experts.length,
          model.settings.style === "native"
        )}
        {severalUnits(model.settings) &&
          t.units(
            model.settings.units?.length ?? 0,
            (model.settings.units ?? []).join(t.listSeparator),
            t.thresholdNames[thresholdsOf(model.settings)]
          )}
        {objectiveSummary(model, t)}
      </Text>
      {model.settings.trade && (
        <React.Suspense fallback={<Text as="p">{t.loadingTrade}</Text>}>
          <TradeImport host={host} years={model.settings.years} data={trade} onData={setTrade} />
        </React.Suspense>
      )}
      <Checkbox checked={sample} onChange={(_, d) => setSample(!!d.checked)} label={t.sample} />
      <div className="actions">
        <Button appearance="primary" disabled={!!progress} onClick={() => run(null)}>
          {host.kind === "excel" ? t.buildExcel : t.buildDownload}
        </Button>
      </div>
      {progress && (
        <div role="status" aria-live="polite">
          <ProgressBar value={progress.fraction} />
          <Text size={200}>{t.progressText(progressText(progress.step, t))}</Text>
        </div>
      )}
      {conflict && (
        <MessageBar intent="warning">
          <MessageBarBody>
            {t.conflict(conflict.join(t.listSeparator))}
            <div className="actions wrap">
              <Button size="small" appearance="primary" onClick={() => run("update")}>
                {t.updateInPlace}
              </Button>
              <Button size="small" onClick={() => run("new")}>
                {t.createNew}
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
                  {t.downloaded} <strong>{summary.file}</strong>
                </div>
              )}
              {summary.created.length > 0 && (
                <div>{t.created(summary.created.join(t.listSeparator))}</div>
              )}
              {summary.updated.length > 0 && (
                <div>{t.updated(summary.updated.join(t.listSeparator), summary.kept)}</div>
              )}
              {summary.removed && summary.removed.length > 0 && (
                <div>{t.removed(summary.removed.join(t.listSeparator))}</div>
              )}
              {summary.notes && summary.notes.length > 0 && (
                <div>
                  {t.keptAsTyped}
                  {/* the build's own notes (src/workbook) are English */}
                  <ul className="changes" lang="en">
                    {summary.notes.map((c, i) => (
                      <li key={i}>{c}</li>
                    ))}
                  </ul>
                </div>
              )}
              {summary.changes.length > 0 && (
                <div>
                  {t.changed}
                  <ul className="changes" lang="en">
                    {summary.changes.map((c, i) => (
                      <li key={i}>{c}</li>
                    ))}
                  </ul>
                </div>
              )}
              {summary.dropped.length > 0 && (
                <div>
                  {t.dropped(summary.dropped.map((d) => `${d.key} = ${d.value}`).join("; "))}
                </div>
              )}
            </div>
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
