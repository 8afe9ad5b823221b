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
import { ErrorBar, messageOf } from "./ErrorBar";
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

/** Roles a user names columns for when the layout is not recognised. */
const ROLES: { role: keyof CustomColumns; label: string; required: boolean }[] = [
  { role: "code", label: "Product code (HS or SITC)", required: true },
  { role: "value", label: "Trade value (US$)", required: true },
  { role: "year", label: "Year", required: false },
  { role: "flow", label: "Flow (export / import)", required: false },
  { role: "partner", label: "Partner", required: false },
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
  const [pasted, setPasted] = React.useState(pastedText.get(host) ?? "");
  const [preview, setPreview] = React.useState<Preview | null>(null);
  const [columns, setColumns] = React.useState<CustomColumns>({});
  const [error, setError] = React.useState<string | null>(null);

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
      setError(messageOf(e));
    }
  };
  const readPasted = () =>
    run(() => {
      if (pasted.trim() === "") throw new Error("Paste the trade table into the box first");
      show("The pasted table", parseDelimited(pasted).rows);
    });
  const readSelection = () =>
    run(async () => {
      const cells = await host.readSelection();
      if (cells.length < 2) throw new Error("Select the trade table with its header row first");
      show("The selected cells", cells);
    });
  const readFile = (chosen: File) =>
    run(async () => {
      const f = await readIndicatorFile(chosen);
      if (f.kind === "text") {
        const source = f.encoding === "UTF-8" ? f.name : `${f.name} (read as ${f.encoding})`;
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
    const what = p.rows.flow === "" ? "trade" : "exports";
    props.onData({
      imported: { prefix: "t|", values: p.rows.inputs },
      label: `${p.source}: ${p.rows.rows.toLocaleString("en-US")} rows of ${what} (${yearRanges(p.rows.years)})`,
    });
    setPreview(null);
  };

  if (props.data && !preview)
    return (
      <section aria-label="Trade data" className="trade-import">
        <MessageBar intent="info">
          <MessageBarBody>
            {props.data.label}. They replace the Trade Structure sheet&apos;s rows when you build.
          </MessageBarBody>
        </MessageBar>
        <div className="actions">
          <Button size="small" onClick={() => props.onData(null)}>
            Do not use them
          </Button>
        </div>
      </section>
    );

  return (
    <section aria-label="Trade data" className="trade-import">
      <Text as="h3" weight="semibold" block>
        Trade data
      </Text>
      {!preview && (
        <>
          <Text as="p" size={200} block>
            A UN Comtrade, ITC Trade Map or WITS download (or any table with product codes, values
            and years). You see what was read before anything is used.
          </Text>
          {host.kind === "excel" && (
            <div className="actions">
              <Button onClick={readSelection}>Read the selected cells</Button>
            </div>
          )}
          <Field label="Paste the trade table" hint="Cells copied from Excel, or CSV text">
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
            <Button onClick={readPasted}>Read the pasted table</Button>
            <FileButton
              label="Read a trade file…"
              inputLabel="Trade file (.xlsx, .csv, .txt)"
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
              {preview.source}: {preview.layout.message}. Name its columns:
            </MessageBarBody>
          </MessageBar>
          {ROLES.map(({ role, label, required }) => (
            <Field key={role} label={label} required={required}>
              <Select
                value={columns[role] === undefined ? "" : String(columns[role])}
                onChange={(_, d) =>
                  setColumns({ ...columns, [role]: d.value === "" ? undefined : Number(d.value) })
                }
              >
                <option value="">{required ? "(choose a column)" : "(none)"}</option>
                {preview.layout.header.map((h, i) => (
                  <option key={i} value={String(i)}>
                    {h === "" ? `Column ${i + 1}` : h}
                  </option>
                ))}
              </Select>
            </Field>
          ))}
          <div className="actions wrap">
            <Button appearance="primary" onClick={() => readWithColumns(preview)}>
              Read with these columns
            </Button>
            <Button onClick={() => setPreview(null)}>Cancel</Button>
          </div>
        </>
      )}
      {preview?.kind === "read" && (
        <>
          <Text as="p" block>
            {preview.source}, what was read:
          </Text>
          <ul aria-label="What was read" className="trade-report">
            {reportLines(preview.result.report).map((line, i) => (
              // a line indented by the report (a reason under Skipped) is nested under it
              <li key={i} className={line.startsWith("  ") ? "nested" : undefined}>
                {line.trim()}
              </li>
            ))}
          </ul>
          {preview.rows.problem ? (
            <MessageBar intent="error">
              <MessageBarBody>{preview.rows.problem}.</MessageBarBody>
            </MessageBar>
          ) : (
            <Text as="p" block>
              {preview.rows.rows.toLocaleString("en-US")} rows of{" "}
              {preview.rows.flow === "" ? "trade" : "exports"} in US$ for the Trade Structure sheet
              ({yearRanges(preview.rows.years)}), by year and HS code.
              {preview.rows.outside.length > 0 &&
                ` The evaluation's years are ${yearRanges([...props.years])}: the rows of ${yearRanges(preview.rows.outside)} go on the sheet but not in its shares table.`}
            </Text>
          )}
          <div className="actions wrap">
            {!preview.rows.problem && (
              <Button appearance="primary" onClick={() => use(preview)}>
                Use these rows
              </Button>
            )}
            <Button onClick={() => setPreview(null)}>Cancel</Button>
          </div>
        </>
      )}
      <ErrorBar error={error} />
    </section>
  );
}
