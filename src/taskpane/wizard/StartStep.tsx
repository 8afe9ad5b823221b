import * as React from "react";
import {
  Button,
  Field,
  Link,
  Radio,
  RadioGroup,
  Select,
  Textarea,
  Text,
} from "@fluentui/react-components";
import type { EvaluationModel, EvaluationSettings } from "../../workbook/model";
import { importGrid, importText, ImportResult } from "../../workbook/import";
import { blankTemplate, indicatorTemplateCsv, paperTemplate } from "../../workbook/template";
import { offerDownload } from "./download";
import type { Host } from "./host";
import { ErrorBar, messageOf } from "./ErrorBar";
import { FileButton } from "./FileButton";
import { ImportPreview } from "./ImportPreview";
import { ReadFile, readIndicatorFile } from "./importFile";

type Choice = "paper" | "blank" | "import" | "existing";

/** An import read and shown for confirmation: what it says and where it came from. */
interface Preview {
  result: ImportResult;
  source: string;
}

/** What the user chose (null: not yet) and pasted in the step. */
interface Remembered {
  choice: Choice | null;
  pasted: string;
}

/**
 * The step's choice and pasted text, per host: kept when the step is left (the wizard unmounts
 * it) so that going to another step and back loses nothing typed.
 */
const remembered = new WeakMap<Host, Remembered>();

/** The remembered state of `host` and a stable function that changes part of it. */
function useRemembered(host: Host): [Remembered, (patch: Partial<Remembered>) => void] {
  const [state, setState] = React.useState<Remembered>(
    () => remembered.get(host) ?? { choice: null, pasted: "" }
  );
  const change = React.useCallback(
    (patch: Partial<Remembered>) =>
      setState((old) => {
        const next = { ...old, ...patch };
        remembered.set(host, next);
        return next;
      }),
    [host]
  );
  return [state, change];
}

/**
 * Step 1: pick a template, import an indicator table, or continue the workbook's evaluation. An
 * import (the selection, pasted text or a file) is shown first; `onModel` is called only when
 * the user confirms it.
 */
export function StartStep(props: {
  host: Host;
  settings: EvaluationSettings;
  onModel: (m: EvaluationModel) => void;
}) {
  const [memo, remember] = useRemembered(props.host);
  const choice = memo.choice ?? "paper";
  const pasted = memo.pasted;
  const [existing, setExisting] = React.useState<EvaluationModel | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const [preview, setPreview] = React.useState<Preview | null>(null);
  const [file, setFile] = React.useState<ReadFile | null>(null);
  const [sheet, setSheet] = React.useState(0);

  React.useEffect(() => {
    let live = true;
    props.host.loadExisting().then(
      (m) => {
        if (live && m) {
          setExisting(m);
          if (!remembered.get(props.host)?.choice) remember({ choice: "existing" });
        }
      },
      () => undefined
    );
    return () => {
      live = false;
    };
  }, [props.host, remember]);

  const start = () => {
    setError(null);
    if (choice === "paper") props.onModel(paperTemplate(props.settings));
    else if (choice === "blank") props.onModel(blankTemplate(props.settings));
    else if (choice === "existing" && existing) props.onModel(existing);
  };

  /** Runs a read, showing its preview or the reason it failed. */
  const read = async (how: () => Promise<Preview>) => {
    setError(null);
    try {
      setPreview(await how());
    } catch (e) {
      setPreview(null);
      setError(messageOf(e));
    }
  };

  const readSelection = () =>
    read(async () => ({
      result: importGrid(await props.host.readSelection(), props.settings),
      source: "The selected cells",
    }));
  const readPasted = () =>
    read(async () => {
      if (pasted.trim() === "") throw new Error("Paste the table into the box first");
      setFile(null);
      return { result: importText(pasted, props.settings), source: "The pasted text" };
    });
  const showSheet = (f: ReadFile & { kind: "sheets" }, index: number): Preview => ({
    result: importGrid(f.sheets[index].values, props.settings),
    source: f.sheets.length > 1 ? `${f.name}, sheet ${f.sheets[index].name}` : f.name,
  });
  const readChosenFile = (chosen: File) =>
    read(async () => {
      const f = await readIndicatorFile(chosen);
      setFile(f);
      setSheet(0);
      if (f.kind === "sheets") return showSheet(f, 0);
      return {
        result: importText(f.text, props.settings),
        source: f.encoding === "UTF-8" ? f.name : `${f.name} (read as ${f.encoding})`,
      };
    });

  const sheets = file?.kind === "sheets" && file.sheets.length > 1 ? file : null;

  return (
    <div className="step">
      <Text as="p">
        Build the whole evaluation workbook: indicator system, comparison matrices, expert score
        sheets, quantitative data, results and charts.
      </Text>
      <RadioGroup
        value={choice}
        onChange={(_, d) => remember({ choice: d.value as Choice })}
        aria-label="Start from"
      >
        {existing && (
          <Radio
            value="existing"
            label={`Continue this workbook's evaluation (${existing.nodes.length} nodes)`}
          />
        )}
        <Radio value="paper" label="The paper's low-carbon industry innovation evaluation" />
        <Radio value="blank" label="A blank indicator system" />
        <Radio value="import" label="Import an indicator table" />
      </RadioGroup>
      {choice === "import" && !preview && (
        <>
          <Text as="p" size={200}>
            A table <code>Id, Parent, Name, Type, Direction, Unit</code> (with or without its header
            row, English or Chinese), or an outline with one column per level. You see what was read
            before anything is replaced.
          </Text>
          {props.host.kind === "excel" && (
            <div className="actions">
              <Button onClick={readSelection}>Read the selected cells</Button>
            </div>
          )}
          <Field label="Paste the table" hint="Cells copied from Excel, or CSV text">
            <Textarea
              value={pasted}
              onChange={(_, d) => remember({ pasted: d.value })}
              resize="vertical"
              rows={5}
            />
          </Field>
          <div className="actions wrap">
            <Button onClick={readPasted}>Read the pasted table</Button>
            <FileButton
              label="Read a file…"
              inputLabel="Indicator file (.xlsx, .csv, .tsv, .txt)"
              accept=".xlsx,.xlsm,.csv,.tsv,.txt,text/csv,text/plain"
              onFile={readChosenFile}
            />
          </div>
          <Link
            as="button"
            onClick={() =>
              offerDownload(
                "indicator-template.csv",
                indicatorTemplateCsv(),
                "text/csv;charset=utf-8"
              )
            }
          >
            Download an indicator template (.csv)
          </Link>
        </>
      )}
      {choice === "import" && preview && (
        <>
          {sheets && (
            <Field label="Sheet">
              <Select
                value={String(sheet)}
                onChange={(_, d) => {
                  setSheet(Number(d.value));
                  setPreview(showSheet(sheets, Number(d.value)));
                }}
              >
                {sheets.sheets.map((s, i) => (
                  <option key={s.name} value={String(i)}>
                    {s.name}
                  </option>
                ))}
              </Select>
            </Field>
          )}
          <ImportPreview
            result={preview.result}
            source={preview.source}
            onReplace={(m) => props.onModel(m)}
            onCancel={() => {
              setPreview(null);
              setFile(null);
            }}
          />
        </>
      )}
      <ErrorBar error={error} />
      {choice !== "import" && (
        <div className="actions">
          <Button appearance="primary" onClick={start}>
            Use this and continue
          </Button>
        </div>
      )}
    </div>
  );
}
