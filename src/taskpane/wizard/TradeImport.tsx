import * as React from "react";
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
  Textarea,
} from "@fluentui/react-components";
import {
  CustomColumns,
  LayoutNotRecognised,
  TradeFileResult,
  customLayout,
  readTradeTable,
  reportLines,
  yearRanges,
} from "../../core/trade/files";
import { parseDelimited } from "../../workbook/delimited";
import { TradeSheetInputs, tradeSheetInputs } from "../../workbook/tradeRows";
import type { ImportedInputs } from "../../workbook/writeOffice";
import { ErrorBar, PaneError, ShownError, shownError } from "./ErrorBar";
import type { Messages } from "../i18n/en";
import { useLanguage, useMessages } from "../i18n/context";
import type { Host } from "./host";
import { FileButton } from "./FileButton";
import { readIndicatorFile } from "./importFile";

/** Trade rows the user confirmed, waiting for the build. */
export interface TradeData {
  imported: ImportedInputs;
  /** "comtrade.csv: 1,234 rows of exports (2019–2022)". */
  label: string;
}

/** A table read and what it gave, shown for confirmation. */
type Preview =
  | { kind: "read"; source: string; result: TradeFileResult; rows: TradeSheetInputs }
  | { kind: "columns"; source: string; table: unknown[][]; layout: LayoutNotRecognised };

/** Roles a user names columns for when the layout is not recognised (labels: t.trade.roles). */
const ROLES: { role: keyof CustomColumns & keyof Messages["trade"]["roles"]; required: boolean }[] =
  [
    { role: "code", required: true },
    { role: "value", required: true },
    { role: "year", required: false },
    { role: "flow", required: false },
    { role: "partner", required: false },
  ];

/** What was pasted, per host: kept when the Build step is left and come back to. */
const pastedText = new WeakMap<Host, string>();

/**
 * Reading the trade rows of the Trade Structure sheet from the files analysts download (UN
 * Comtrade, ITC Trade Map, WITS, or any table whose columns the user names), from the selection,
 * pasted text or a chosen file. What was recognised (layout, columns, unit, editions, years,
 * flows, what was kept, skipped and why, the unclassified codes) is shown before anything is
 * used; the confirmed rows replace the sheet's trade rows at the next build.
 */
export function TradeImport(props: {
  host: Host;
  years: readonly number[];
  data: TradeData | null;
  onData: (d: TradeData | null) => void;
}) {
  const { host } = props;
  const m = useMessages();
  const t = m.trade;
  const { language } = useLanguage();
  const count = (n: number) => n.toLocaleString(language === "zh-CN" ? "zh-CN" : "en-US");
  const [pasted, setPasted] = React.useState(pastedText.get(host) ?? "");
  const [preview, setPreview] = React.useState<Preview | null>(null);
  const [columns, setColumns] = React.useState<CustomColumns>({});
  const [error, setError] = React.useState<ShownError | null>(null);

  const show = (source: string, table: unknown[][]) => {
    const read = readTradeTable(table);
    if (read.kind === "not-recognised") {
      setColumns(read.guess);
      setPreview({ kind: "columns", source, table, layout: read });
    } else
      setPreview({ kind: "read", source, result: read, rows: tradeSheetInputs(read, props.years) });
  };
  const run = async (how: () => Promise<void> | void) => {
    setError(null);
    try {
      await how();
    } catch (e) {
      setPreview(null);
      setError(shownError(e));
    }
  };
  const readPasted = () =>
    run(() => {
      if (pasted.trim() === "") throw new PaneError(t.pasteFirst);
      show(t.pastedTable, parseDelimited(pasted).rows);
    });
  const readSelection = () =>
    run(async () => {
      const cells = await host.readSelection();
      if (cells.length < 2) throw new PaneError(t.selectFirst);
      show(m.common.selectedCells, cells);
    });
  const readFile = (chosen: File) =>
    run(async () => {
      const f = await readIndicatorFile(chosen, m.common);
      if (f.kind === "text") {
        const source = f.encoding === "UTF-8" ? f.name : m.common.readAs(f.name, f.encoding);
        show(source, parseDelimited(f.text).rows);
      } else show(f.name, f.sheets[0].values);
    });
  const readWithColumns = (p: Preview & { kind: "columns" }) =>
    run(() => {
      const layout = customLayout(p.layout.header, p.layout.headerRow, columns);
      const read = readTradeTable(p.table, { layout });
      if (read.kind === "not-recognised") throw new Error(read.message);
      setPreview({
        kind: "read",
        source: p.source,
        result: read,
        rows: tradeSheetInputs(read, props.years),
      });
    });
  const use = (p: Preview & { kind: "read" }) => {
    const what = p.rows.flow === "" ? t.trade : t.exports;
    props.onData({
      imported: { prefix: "t|", values: p.rows.inputs },
      label: t.label(p.source, count(p.rows.rows), what, yearRanges(p.rows.years)),
    });
    setPreview(null);
  };

  if (props.data && !preview)
    return (
      <section aria-label={t.section} className="trade-import">
        <MessageBar intent="info">
          <MessageBarBody>{t.replaceAtBuild(props.data.label)}</MessageBarBody>
        </MessageBar>
        <div className="actions">
          <Button size="small" onClick={() => props.onData(null)}>
            {t.doNotUse}
          </Button>
        </div>
      </section>
    );

  return (
    <section aria-label={t.section} className="trade-import">
      <Text as="h3" weight="semibold" block>
        {t.heading}
      </Text>
      {!preview && (
        <>
          <Text as="p" size={200} block>
            {t.intro}
          </Text>
          {host.kind === "excel" && (
            <div className="actions">
              <Button onClick={readSelection}>{m.common.readSelection}</Button>
            </div>
          )}
          <Field label={t.pasteLabel} hint={m.common.pasteHint}>
            <Textarea
              value={pasted}
              onChange={(_, d) => {
                pastedText.set(host, d.value);
                setPasted(d.value);
              }}
              resize="vertical"
              rows={4}
            />
          </Field>
          <div className="actions wrap">
            <Button onClick={readPasted}>{m.common.readPasted}</Button>
            <FileButton
              label={t.readFile}
              inputLabel={t.fileInput}
              accept=".xlsx,.xlsm,.csv,.tsv,.txt,.xls,text/csv,text/plain"
              onFile={readFile}
            />
          </div>
        </>
      )}
      {preview?.kind === "columns" && (
        <>
          <MessageBar intent="warning">
            <MessageBarBody>
              {t.notRecognised(preview.source)}
              {/* the trade-file reader's message (src/core) is English */}
              <span lang="en">{preview.layout.message}</span>
              {t.nameColumns}
            </MessageBarBody>
          </MessageBar>
          {ROLES.map(({ role, required }) => (
            <Field key={role} label={t.roles[role]} required={required}>
              <Select
                value={columns[role] === undefined ? "" : String(columns[role])}
                onChange={(_, d) =>
                  setColumns({ ...columns, [role]: d.value === "" ? undefined : Number(d.value) })
                }
              >
                <option value="">{required ? t.chooseColumn : t.none}</option>
                {preview.layout.header.map((h, i) => (
                  <option key={i} value={String(i)}>
                    {h === "" ? t.column(i + 1) : h}
                  </option>
                ))}
              </Select>
            </Field>
          ))}
          <div className="actions wrap">
            <Button appearance="primary" onClick={() => readWithColumns(preview)}>
              {t.readWithColumns}
            </Button>
            <Button onClick={() => setPreview(null)}>{m.common.cancel}</Button>
          </div>
        </>
      )}
      {preview?.kind === "read" && (
        <>
          <Text as="p" block>
            {t.whatWasRead(preview.source)}
          </Text>
          {/* the trade-file report (src/core/trade/files.ts) is English */}
          <ul aria-label={t.reportLabel} className="trade-report" lang="en">
            {reportLines(preview.result.report).map((line, i) => (
              // a line indented by the report (a reason under Skipped) is nested under it
              <li key={i} className={line.startsWith("  ") ? "nested" : undefined}>
                {line.trim()}
              </li>
            ))}
          </ul>
          {preview.rows.problem ? (
            <MessageBar intent="error">
              <MessageBarBody>
                <span lang="en">{preview.rows.problem}.</span>
              </MessageBarBody>
            </MessageBar>
          ) : (
            <Text as="p" block>
              {t.rows(
                count(preview.rows.rows),
                preview.rows.flow === "" ? t.trade : t.exports,
                yearRanges(preview.rows.years)
              )}
              {preview.rows.outside.length > 0 &&
                t.outside(yearRanges([...props.years]), yearRanges(preview.rows.outside))}
            </Text>
          )}
          <div className="actions wrap">
            {!preview.rows.problem && (
              <Button appearance="primary" onClick={() => use(preview)}>
                {t.useRows}
              </Button>
            )}
            <Button onClick={() => setPreview(null)}>{m.common.cancel}</Button>
          </div>
        </>
      )}
      <ErrorBar error={error} />
    </section>
  );
}
