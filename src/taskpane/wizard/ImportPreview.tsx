import * as React from "react";
import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  tokens,
} from "@fluentui/react-components";
import type { ImportResult } from "../../workbook/import";
import { depthFirst, EvaluationModel } from "../../workbook/model";

/** "1 row" / "3 rows". */
const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** What an imported system holds: "9 criteria and 15 indicators on 3 levels". */
export function summaryOf(model: EvaluationModel): string {
  const nodes = depthFirst(model);
  const parents = new Set(model.nodes.map((n) => n.parent));
  const leaves = model.nodes.filter((n) => !parents.has(n.id)).length;
  const levels = Math.max(...nodes.map((x) => x.depth));
  return `${count(model.nodes.length - leaves, "criterion", "criteria")} and ${count(leaves, "indicator")} on ${count(levels, "level")}`;
}

/**
 * The preview of an import: what was read (layout, counts, the tree with each indicator's type,
 * direction and unit), every row left out and every question, and the two choices. Nothing is
 * replaced until *Replace the current system with this* is pressed.
 */
export function ImportPreview(props: {
  result: ImportResult;
  /** Where it was read from: "the pasted text", "indicators.csv (GB18030)". */
  source: string;
  onReplace: (m: EvaluationModel) => void;
  onCancel: () => void;
}) {
  const { result, source } = props;
  const model = result.model;
  const leftOut = result.rows.filter((r) => r.reason !== null).length;
  const parents = new Set(model?.nodes.map((n) => n.parent) ?? []);
  return (
    <section
      aria-label="Import preview"
      style={{ display: "flex", flexDirection: "column", gap: 10 }}
    >
      <Text as="h3" weight="semibold" size={400} block>
        What was read
      </Text>
      <Text as="p" block>
        {source}, read as {result.layout}:{" "}
        {model
          ? `${summaryOf(model)} from ${count(result.rows.length, "row")}.`
          : "no indicator system."}
      </Text>
      {model && (
        <ul
          aria-label="Imported indicator tree"
          style={{
            listStyle: "none",
            margin: 0,
            padding: "6px 8px",
            border: `1px solid ${tokens.colorNeutralStroke2}`,
            borderRadius: tokens.borderRadiusMedium,
            maxHeight: 320,
            overflowY: "auto",
          }}
        >
          {depthFirst(model).map(({ node, depth }) => (
            <li
              key={node.id}
              style={{
                paddingLeft: `${(depth - 1) * 14}px`,
                borderLeft: depth > 1 ? `1px solid ${tokens.colorNeutralStroke2}` : undefined,
                overflowWrap: "anywhere",
              }}
            >
              <Text weight={parents.has(node.id) ? "semibold" : "regular"}>{node.name}</Text>
              {!parents.has(node.id) && (
                <Text size={200} style={{ color: tokens.colorNeutralForeground3 }}>
                  {` · ${node.type} · ${node.direction}${node.unit ? ` · ${node.unit}` : ""}`}
                </Text>
              )}
            </li>
          ))}
        </ul>
      )}
      {result.problems.length > 0 && (
        <MessageBar intent={model ? "warning" : "error"} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>
              {model
                ? `${count(result.problems.length, "question")} about this table`
                : "Nothing to import"}
            </MessageBarTitle>
            <ul aria-label="Import problems" style={{ margin: "4px 0 0", paddingLeft: 18 }}>
              {result.problems.map((p, i) => (
                <li key={i} style={{ overflowWrap: "anywhere" }}>
                  {p}
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {result.notes.map((n) => (
        <MessageBar key={n} intent="info" layout="multiline">
          <MessageBarBody>{n}</MessageBarBody>
        </MessageBar>
      ))}
      {model && (
        <Text as="p" block>
          {leftOut > 0
            ? `Replacing leaves out the ${count(leftOut, "row")} listed above; fix them in the table and read it again to include them.`
            : "Every row is placed."}{" "}
          The current indicator system is replaced only when you press Replace.
        </Text>
      )}
      <div className="actions">
        <Button
          appearance="primary"
          disabled={!model}
          onClick={() => model && props.onReplace(model)}
        >
          Replace the current system with this
        </Button>
        <Button onClick={props.onCancel}>Cancel</Button>
      </div>
    </section>
  );
}
