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
import { en, Messages } from "../i18n/en";
import { useMessages } from "../i18n/context";

/** What an imported system holds: "9 criteria and 15 indicators on 3 levels". */
export function summaryOf(model: EvaluationModel, text: Messages["preview"] = en.preview): string {
  const nodes = depthFirst(model);
  const parents = new Set(model.nodes.map((n) => n.parent));
  const leaves = model.nodes.filter((n) => !parents.has(n.id)).length;
  const levels = Math.max(...nodes.map((x) => x.depth));
  return text.summary(model.nodes.length - leaves, leaves, levels);
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
  const m = useMessages();
  const t = m.preview;
  const { result, source } = props;
  const model = result.model;
  const leftOut = result.rows.filter((r) => r.reason !== null).length;
  const parents = new Set(model?.nodes.map((n) => n.parent) ?? []);
  return (
    <section aria-label={t.label} style={{ display: "flex", flexDirection: "column", gap: 10 }}>
      <Text as="h3" weight="semibold" size={400} block>
        {t.heading}
      </Text>
      <Text as="p" block>
        {t.readAs(source, t.layouts[result.layout] ?? result.layout)}
        {model ? t.fromRows(summaryOf(model, t), result.rows.length) : t.noSystem}
      </Text>
      {model && (
        <ul
          aria-label={t.tree}
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
                  {` · ${t[node.type]} · ${t[node.direction]}${node.unit ? ` · ${node.unit}` : ""}`}
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
              {model ? t.questions(result.problems.length) : t.nothing}
            </MessageBarTitle>
            {/* the import's own messages (src/workbook/import.ts) are English */}
            <ul aria-label={t.problems} style={{ margin: "4px 0 0", paddingLeft: 18 }} lang="en">
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
          <MessageBarBody>
            <span lang="en">{n}</span>
          </MessageBarBody>
        </MessageBar>
      ))}
      {model && (
        <Text as="p" block>
          {leftOut > 0 ? t.leavesOut(leftOut) : t.everyRow} {t.onlyOnReplace}
        </Text>
      )}
      <div className="actions">
        <Button
          appearance="primary"
          disabled={!model}
          onClick={() => model && props.onReplace(model)}
        >
          {t.replace}
        </Button>
        <Button onClick={props.onCancel}>{m.common.cancel}</Button>
      </div>
    </section>
  );
}
