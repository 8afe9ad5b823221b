/** Mounts the workbook wizard into the task pane page. */
import { createRoot, Root } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "./App";
import { ExcelHost, Host, PreviewHost } from "./host";

let root: Root | null = null;

/** Renders the wizard for the given host kind (re-rendering when the host becomes known). */
export function mountWizard(element: HTMLElement, kind: "excel" | "preview"): Host {
  const host: Host = kind === "excel" ? new ExcelHost() : new PreviewHost();
  (window as unknown as { __wizardHost?: Host }).__wizardHost = host;
  if (!root) root = createRoot(element);
  root.render(
    <FluentProvider theme={webLightTheme}>
      <App key={kind} host={host} />
    </FluentProvider>
  );
  return host;
}

/** Starts the wizard once taskpane.ts knows whether it runs in Excel (see announceHost there). */
function start(): void {
  const element = document.getElementById("wizard");
  if (!element) return;
  let current: string | null = null;
  const show = (kind: unknown) => {
    const k = kind === "excel" ? "excel" : "preview";
    if (k === current) return;
    current = k;
    mountWizard(element, k);
  };
  document.addEventListener("addin-host", (e) => show((e as CustomEvent).detail));
  const known = (globalThis as { __addinHostKind?: string }).__addinHostKind;
  if (known) show(known);
}

if (typeof document !== "undefined") {
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
}
