/**
 * The task pane's language: the one chosen with the pane's switch (remembered in local storage),
 * else Office's display language inside Excel, else the browser's. Both bundles of the page
 * (taskpane.js for the page around the wizard, wizard.js) use it; the switch announces a change
 * with the "addin-language" event on the document.
 */
import { Language, displayLanguageTag, isLanguage, languageOf } from "../../core/language";

/** The local storage key of the language chosen with the switch. */
export const LANGUAGE_KEY = "lowcarbon.paneLanguage";

/** The event the switch dispatches on the document, with the Language as detail. */
export const LANGUAGE_EVENT = "addin-language";

/** The language chosen with the switch before, or null (none, or no local storage). */
export function storedLanguage(): Language | null {
  try {
    const v = (globalThis as { localStorage?: Storage }).localStorage?.getItem(LANGUAGE_KEY);
    return isLanguage(v) ? v : null;
  } catch {
    return null;
  }
}

/** Remembers the language chosen with the switch (silently not, without local storage). */
export function rememberLanguage(language: Language): void {
  try {
    (globalThis as { localStorage?: Storage }).localStorage?.setItem(LANGUAGE_KEY, language);
  } catch {
    /* a private window without storage: the choice lasts until the pane closes */
  }
}

/**
 * The pane's language where it runs: the remembered choice, else Office's display language in
 * Excel (read after Office.onReady), else the browser's language.
 *
 * @example paneLanguage("preview") // "zh-CN" in a browser set to Chinese, with no choice stored
 */
export function paneLanguage(kind: "excel" | "preview" | "pending"): Language {
  const stored = storedLanguage();
  if (stored) return stored;
  // in Excel without a context yet: the browser's language
  const tag = kind === "excel" ? displayLanguageTag(globalThis) : undefined;
  if (tag) return languageOf(tag);
  return languageOf((globalThis as { navigator?: { language?: string } }).navigator?.language);
}

/** Sets the page's lang attribute ("en" or "zh-CN"). */
export function setDocumentLanguage(language: Language): void {
  const root = (globalThis as { document?: { documentElement?: HTMLElement } }).document
    ?.documentElement;
  if (root && typeof root.setAttribute === "function") root.setAttribute("lang", language);
}

/** Tells the other bundle of the page that the language changed. */
export function announceLanguage(language: Language): void {
  const g = globalThis as { document?: Document; CustomEvent?: typeof CustomEvent };
  if (typeof g.document?.dispatchEvent === "function" && typeof g.CustomEvent === "function")
    g.document.dispatchEvent(new g.CustomEvent(LANGUAGE_EVENT, { detail: language }));
}
