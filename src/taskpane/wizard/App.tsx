import * as React from "react";
import { Tab, TabList } from "@fluentui/react-components";
import { DEFAULT_SETTINGS, EvaluationModel } from "../../workbook/model";
import { StartStep } from "./StartStep";
import { HierarchyStep } from "./HierarchyStep";
import { SettingsStep } from "./SettingsStep";
import { BuildStep } from "./BuildStep";
import { CheckStep } from "./CheckStep";
import { ResultsStep } from "./ResultsStep";
import type { Host } from "./host";
import type { Drafts } from "./fields";

const STEPS = [
  ["start", "Start"],
  ["system", "Indicators"],
  ["settings", "Settings"],
  ["build", "Build"],
  ["check", "Check"],
  ["results", "Results"],
] as const;
type StepId = (typeof STEPS)[number][0];

/** The workbook wizard: six steps over one evaluation model. */
export function App(props: { host: Host }) {
  const [step, setStep] = React.useState<StepId>("start");
  const [model, setModel] = React.useState<EvaluationModel | null>(null);
  const [built, setBuilt] = React.useState(false);
  const [drafts, setDrafts] = React.useState<Drafts>({});
  const change = (m: EvaluationModel, d: Drafts) => {
    setModel(m);
    setDrafts(d);
  };
  const enabled = (id: StepId) =>
    id === "start" || (model !== null && (["system", "settings", "build"].includes(id) || built));
  return (
    <div className="wizard">
      <TabList
        size="small"
        selectedValue={step}
        onTabSelect={(_, d) => setStep(d.value as StepId)}
        aria-label="Wizard steps"
      >
        {STEPS.map(([id, label], i) => (
          <Tab key={id} value={id} disabled={!enabled(id)}>
            {i + 1}. {label}
          </Tab>
        ))}
      </TabList>
      <div className="panel" role="tabpanel" aria-label={STEPS.find((s) => s[0] === step)?.[1]}>
        {step === "start" && (
          <StartStep
            host={props.host}
            settings={model?.settings ?? DEFAULT_SETTINGS}
            onModel={(m) => {
              setModel(m);
              setDrafts({});
              setStep("system");
            }}
          />
        )}
        {step === "system" && model && (
          <HierarchyStep model={model} onChange={setModel} onNext={() => setStep("settings")} />
        )}
        {step === "settings" && model && (
          <SettingsStep
            model={model}
            drafts={drafts}
            onChange={change}
            onNext={() => setStep("build")}
          />
        )}
        {step === "build" && model && (
          <BuildStep host={props.host} model={model} onBuilt={() => setBuilt(true)} />
        )}
        {step === "check" && model && <CheckStep host={props.host} model={model} />}
        {step === "results" && model && <ResultsStep host={props.host} model={model} />}
      </div>
    </div>
  );
}
