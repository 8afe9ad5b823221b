/** Mounts the workbook wizard into the task pane page, and the language switch into its banner. */
import * as React from "react";
import { createPortal } from "react-dom";
import { createRoot, Root } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { Language } from "../../core/language";
import { LanguageProvider } from "../i18n/context";
import {
  announceLanguage,
  paneLanguage,
  rememberLanguage,
  setDocumentLanguage,
  storedLanguage,
} from "../i18n/language";
import { App } from "./App";
import { ExcelHost, Host, PreviewHost } from "./host";
import { LanguageSwitch } from "./LanguageSwitch";

let root: Root | null = null;

/**
 * The wizard and the language switch over one language state: switching re-renders the same
 * App (nothing typed, no draft and no undo history is lost) and tells taskpane.js, which writes
 * the page around the wizard.
 */
function Pane(props: { kind: "excel" | "preview"; host: Host }) {
  // The switch's choice (remembered); without one, Office's display language inside Excel (known
  // once the host is) or the browser's.
  const [chosen, setChosen] = React.useState<Language | null>(storedLanguage);
  const language = chosen ?? paneLanguage(props.kind);
  React.useEffect(() => setDocumentLanguage(language), [language]);
  const value = React.useMemo(
    () => ({
      language,
      setLanguage: (next: Language) => {
        rememberLanguage(next);
        setChosen(next);
        announceLanguage(next);
      },
    }),
    [language]
  );
  const slot = document.getElementById("language-switch");
  return (
    <LanguageProvider value={value}>
      {slot &&
        createPortal(
          <FluentProvider theme={webLightTheme} className="language-provider">
            <LanguageSwitch />
          </FluentProvider>,
          slot
        )}
      <FluentProvider theme={webLightTheme}>
        <App key={props.kind} host={props.host} />
      </FluentProvider>
    </LanguageProvider>
  );
}

/** Renders the wizard for the given host kind (re-rendering when the host becomes known). */
export function mountWizard(element: HTMLElement, kind: "excel" | "preview"): Host {
  const host: Host = kind === "excel" ? new ExcelHost() : new PreviewHost();
  (window as unknown as { __wizardHost?: Host }).__wizardHost = host;
  if (!root) root = createRoot(element);
  root.render(<Pane kind={kind} host={host} />);
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
