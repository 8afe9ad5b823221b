import * as React from "react";
import { Button, Field, Input, Select, Text } from "@fluentui/react-components";
import {
  addChild,
  addSibling,
  depths,
  moveNode,
  removeNode,
  updateNode,
} from "../../workbook/edit";
import {
  EvaluationModel,
  childrenOf,
  depthFirst,
  expertsProblem,
  validateModel,
  windowProblem,
} from "../../workbook/model";
import { ContinueButton, Drafts } from "./fields";

const NO_DRAFTS: Drafts = {};

/** The model's problems this step can fix (those of the settings are the next step's). */
function hierarchyProblems(m: EvaluationModel): string[] {
  const settings = [
    expertsProblem(m.settings.experts),
    windowProblem(m.settings.window, m.settings.years.length),
  ];
  return validateModel(m).filter((p) => !settings.includes(p));
}

/** Step 2: view and edit the hierarchy: add, rename, remove, reorder; type, direction and unit per indicator. */
export function HierarchyStep(props: {
  model: EvaluationModel;
  onChange: (m: EvaluationModel) => void;
  onNext: () => void;
}) {
  const { model, onChange } = props;
  const [selected, setSelected] = React.useState<string | null>(model.nodes[0]?.id ?? null);
  const node = model.nodes.find((n) => n.id === selected) ?? null;
  const leaf = node ? childrenOf(model, node.id).length === 0 : false;
  const depth = depths(model);
  const apply = (r: { model: EvaluationModel; id: string }) => {
    onChange(r.model);
    setSelected(r.id);
  };

  return (
    <div className="step">
      <Field label="Goal">
        <Input value={model.goal} onChange={(_, d) => onChange({ ...model, goal: d.value })} />
      </Field>
      <Text as="p" size={200}>
        Select a node to edit it. Nodes with children are criteria; leaves are indicators.{" "}
        <em>Italic</em> names are the template&apos;s editable examples.
      </Text>
      <ul className="tree" role="list" aria-label="Indicator system">
        {depthFirst(model).map(({ node: n }) => {
          const isLeaf = childrenOf(model, n.id).length === 0;
          return (
            <li key={n.id} style={{ paddingLeft: `${((depth.get(n.id) ?? 1) - 1) * 14}px` }}>
              <button
                type="button"
                className={`tree-item${n.id === selected ? " selected" : ""}${n.example ? " example" : ""}`}
                aria-pressed={n.id === selected}
                onClick={() => setSelected(n.id)}
              >
                <span className="tree-name">{n.name || "(no name)"}</span>
                {isLeaf && (
                  <span className="tree-tag">
                    {n.type === "quantitative" ? "data" : "experts"}
                    {n.direction === "cost" ? " · cost" : ""}
                  </span>
                )}
              </button>
            </li>
          );
        })}
      </ul>
      <div className="actions">
        <Button size="small" onClick={() => apply(addChild(model, null, "New criterion"))}>
          Add criterion
        </Button>
      </div>
      {node && (
        <section className="editor" aria-label={`Edit ${node.name}`}>
          <Field label="Name">
            <Input
              value={node.name}
              onChange={(_, d) => onChange(updateNode(model, node.id, { name: d.value }))}
            />
          </Field>
          {leaf && (
            <div className="row">
              <Field label="Type">
                <Select
                  value={node.type}
                  onChange={(_, d) =>
                    onChange(updateNode(model, node.id, { type: d.value as "qualitative" }))
                  }
                >
                  <option value="qualitative">Qualitative (experts)</option>
                  <option value="quantitative">Quantitative (data)</option>
                </Select>
              </Field>
              <Field label="Direction">
                <Select
                  value={node.direction}
                  onChange={(_, d) =>
                    onChange(updateNode(model, node.id, { direction: d.value as "benefit" }))
                  }
                >
                  <option value="benefit">Benefit</option>
                  <option value="cost">Cost</option>
                </Select>
              </Field>
            </div>
          )}
          {leaf && (
            <Field label="Unit">
              <Input
                value={node.unit}
                onChange={(_, d) => onChange(updateNode(model, node.id, { unit: d.value }))}
              />
            </Field>
          )}
          <div className="actions wrap">
            <Button size="small" onClick={() => apply(addChild(model, node.id, "New indicator"))}>
              Add child
            </Button>
            <Button size="small" onClick={() => apply(addSibling(model, node.id, "New node"))}>
              Add sibling
            </Button>
            <Button
              size="small"
              aria-label="Move up"
              onClick={() => onChange(moveNode(model, node.id, -1))}
            >
              Up
            </Button>
            <Button
              size="small"
              aria-label="Move down"
              onClick={() => onChange(moveNode(model, node.id, 1))}
            >
              Down
            </Button>
            <Button
              size="small"
              onClick={() => {
                const next = removeNode(model, node.id);
                onChange(next);
                setSelected(node.parent ?? next.nodes[0]?.id ?? null);
              }}
            >
              Remove
            </Button>
          </div>
        </section>
      )}
      <ContinueButton
        model={model}
        drafts={NO_DRAFTS}
        onChange={(m) => onChange(m)}
        specs={[]}
        label="Continue to settings"
        problems={hierarchyProblems}
        onNext={props.onNext}
      />
    </div>
  );
}
