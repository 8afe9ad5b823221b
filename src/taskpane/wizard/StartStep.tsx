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
import { ErrorBar, PaneError, ShownError, shownError } from "./ErrorBar";
import { useLanguage, useMessages } from "../i18n/context";
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
  const m = useMessages();
  const { language } = useLanguage();
  const [memo, remember] = useRemembered(props.host);
  const choice = memo.choice ?? "paper";
  const pasted = memo.pasted;
  const [existing, setExisting] = React.useState<EvaluationModel | null>(null);
  const [error, setError] = React.useState<ShownError | null>(null);
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
    // A new system is written in the pane's language (Settings can change the workbook's).
    const settings = { ...props.settings, language };
    if (choice === "paper") props.onModel(paperTemplate(settings));
    else if (choice === "blank") props.onModel(blankTemplate(settings));
    else if (choice === "existing" && existing) props.onModel(existing);
  };

  /** Runs a read, showing its preview or the reason it failed. */
  const read = async (how: () => Promise<Preview>) => {
    setError(null);
    try {
      setPreview(await how());
    } catch (e) {
      setPreview(null);
      setError(shownError(e));
    }
  };

  const readSelection = () =>
    read(async () => ({
      result: importGrid(await props.host.readSelection(), props.settings),
      source: m.common.selectedCells,
    }));
  const readPasted = () =>
    read(async () => {
      if (pasted.trim() === "") throw new PaneError(m.start.pasteFirst);
      setFile(null);
      return { result: importText(pasted, props.settings), source: m.start.pastedText };
    });
  const showSheet = (f: ReadFile & { kind: "sheets" }, index: number): Preview => ({
    result: importGrid(f.sheets[index].values, props.settings),
    source: f.sheets.length > 1 ? m.start.fileSheet(f.name, f.sheets[index].name) : f.name,
  });
  const readChosenFile = (chosen: File) =>
    read(async () => {
      const f = await readIndicatorFile(chosen, m.common);
      setFile(f);
      setSheet(0);
      if (f.kind === "sheets") return showSheet(f, 0);
      return {
        result: importText(f.text, props.settings),
        source: f.encoding === "UTF-8" ? f.name : m.common.readAs(f.name, f.encoding),
      };
    });

  const sheets = file?.kind === "sheets" && file.sheets.length > 1 ? file : null;

  return (
    <div className="step">
      <Text as="p">{m.start.intro}</Text>
      <RadioGroup
        value={choice}
        onChange={(_, d) => remember({ choice: d.value as Choice })}
        aria-label={m.start.startFrom}
      >
        {existing && <Radio value="existing" label={m.start.existing(existing.nodes.length)} />}
        <Radio value="paper" label={m.start.paper} />
        <Radio value="blank" label={m.start.blank} />
        <Radio value="import" label={m.start.import} />
      </RadioGroup>
      {choice === "import" && !preview && (
        <>
          <Text as="p" size={200}>
            {/* markup of the message table (a constant): the column names in <code> */}
            <span dangerouslySetInnerHTML={{ __html: m.start.importHelpHtml }} />
          </Text>
          {props.host.kind === "excel" && (
            <div className="actions">
              <Button onClick={readSelection}>{m.common.readSelection}</Button>
            </div>
          )}
          <Field label={m.start.pasteLabel} hint={m.common.pasteHint}>
            <Textarea
              value={pasted}
              onChange={(_, d) => remember({ pasted: d.value })}
              resize="vertical"
              rows={5}
            />
          </Field>
          <div className="actions wrap">
            <Button onClick={readPasted}>{m.common.readPasted}</Button>
            <FileButton
              label={m.start.readFile}
              inputLabel={m.start.fileInput}
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
            {m.start.downloadTemplate}
          </Link>
        </>
      )}
      {choice === "import" && preview && (
        <>
          {sheets && (
            <Field label={m.start.sheet}>
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
            {m.start.useAndContinue}
          </Button>
        </div>
      )}
    </div>
  );
}
