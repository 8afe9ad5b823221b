import * as React from "react";
import { Button, Field, Radio, RadioGroup, Textarea, Text } from "@fluentui/react-components";
import type { EvaluationModel, EvaluationSettings } from "../../workbook/model";
import { blankTemplate, importIndicatorTable, paperTemplate } from "../../workbook/template";
import type { Host } from "./host";
import { ErrorBar, messageOf } from "./ErrorBar";

type Choice = "paper" | "blank" | "import" | "existing";

/** Step 1: pick a template, import an indicator table, or continue the workbook's evaluation. */
export function StartStep(props: {
  host: Host;
  settings: EvaluationSettings;
  onModel: (m: EvaluationModel) => void;
}) {
  const [choice, setChoice] = React.useState<Choice>("paper");
  const [pasted, setPasted] = React.useState("");
  const [existing, setExisting] = React.useState<EvaluationModel | null>(null);
  const [error, setError] = React.useState<string | null>(null);

  React.useEffect(() => {
    let live = true;
    props.host.loadExisting().then(
      (m) => {
        if (live && m) {
          setExisting(m);
          setChoice("existing");
        }
      },
      () => undefined
    );
    return () => {
      live = false;
    };
  }, [props.host]);

  const start = async () => {
    setError(null);
    try {
      if (choice === "paper") props.onModel(paperTemplate(props.settings));
      else if (choice === "blank") props.onModel(blankTemplate(props.settings));
      else if (choice === "existing" && existing) props.onModel(existing);
      else {
        const values =
          props.host.kind === "excel" && pasted.trim() === ""
            ? await props.host.readSelection()
            : pasted.split(/\r?\n/).map((l) => l.split("\t"));
        props.onModel(importIndicatorTable(values, props.settings));
      }
    } catch (e) {
      setError(messageOf(e));
    }
  };

  return (
    <div className="step">
      <Text as="p">
        Build the whole evaluation workbook: indicator system, comparison matrices, expert score
        sheets, quantitative data, results and charts.
      </Text>
      <RadioGroup
        value={choice}
        onChange={(_, d) => setChoice(d.value as Choice)}
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
        <Radio
          value="import"
          label={
            props.host.kind === "excel"
              ? "Import an indicator table from the selection"
              : "Import an indicator table (paste it below)"
          }
        />
      </RadioGroup>
      {choice === "import" && (
        <Field
          label="Indicator table"
          hint={`Columns Id, Parent, Name, Type, Direction, Unit with a header row, or an outline with one column per level.${props.host.kind === "excel" ? " Leave empty to use the selected cells." : ""}`}
        >
          <Textarea
            value={pasted}
            onChange={(_, d) => setPasted(d.value)}
            resize="vertical"
            rows={5}
          />
        </Field>
      )}
      <ErrorBar error={error} />
      <div className="actions">
        <Button appearance="primary" onClick={start}>
          Use this and continue
        </Button>
      </div>
    </div>
  );
}
