/**
 * Task pane script. The page's content (including the function list) is rendered at build time;
 * this script only reports where it runs and filters the function list.
 *
 * It copes with every way the page can be opened:
 *  - inside Excel: Office.onReady reports the host ("Connected to Excel on Windows");
 *  - in a plain browser with office.js loaded: onReady reports no host → preview mode;
 *  - without office.js (offline, blocked, file:// with a CDN build): `Office` is undefined →
 *    preview mode;
 *  - office.js present but onReady never settles: preview mode after a timeout.
 * Nothing here touches the DOM before it exists, and nothing runs at all without a document, so
 * the bundle also loads in non-browser contexts.
 */

import { Language, isLanguage } from "../core/language";
import { LANGUAGE_EVENT, paneLanguage, setDocumentLanguage } from "./i18n/language";
import { PAGE_EN, PAGES } from "./i18n/page";

type PageMessages = typeof PAGE_EN;

/** What Office.onReady resolves with (a subset). */
export interface HostInfo {
  host: string | null | undefined;
  platform: string | null | undefined;
}

type StatusKind = "pending" | "excel" | "preview";

/** How long to wait for Office.onReady before assuming the page runs outside Office. */
export const READY_TIMEOUT_MS = 4000;

/** The status line for an Office.onReady result (or for none), in the language of `page`. */
export function describeHost(
  info: HostInfo | null | undefined,
  page: PageMessages = PAGE_EN
): {
  kind: StatusKind;
  text: string;
} {
  if (!info || !info.host) return { kind: "preview", text: page.preview };
  const platform = info.platform ? page.platforms[info.platform] || info.platform : "";
  const host = info.host === "Excel" ? "Excel" : String(info.host);
  return { kind: "excel", text: page.connected(host, platform) };
}

/** Case-insensitive match of every word of `query` against `haystack`. */
export function matchesQuery(haystack: string, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const h = haystack.toLowerCase();
  return words.every((w) => h.includes(w));
}

/** The page's language, and what its status line says (in words of any language). */
let language: Language = "en";
let status: { kind: StatusKind; text: (page: PageMessages) => string } = {
  kind: "pending",
  text: (page) => page.connecting,
};
/** The filter box's text, applied again when the language changes the list shown. */
let query = "";

function setStatus(kind: StatusKind, text: (page: PageMessages) => string): void {
  status = { kind, text };
  if (kind !== "pending") {
    const now = paneLanguage(kind);
    if (now !== language) {
      language = now;
      applyLanguage();
    }
  }
  showStatus();
  announceHost(kind);
}

function showStatus(): void {
  const el = document.getElementById("status");
  if (!el) return;
  el.className = `status ${status.kind}`;
  el.textContent = status.text(PAGES[language]);
  el.setAttribute("data-mode", status.kind);
}

/**
 * Writes the page around the wizard in the current language: the title, every element with
 * data-i18n (text), data-i18n-html (markup of the table), data-i18n-placeholder or
 * data-i18n-link (the help page of the language), the version
 * line, the status line, and which function list shows (English or Chinese descriptions).
 */
function applyLanguage(): void {
  const page = PAGES[language];
  setDocumentLanguage(language);
  if (typeof document.querySelectorAll !== "function") return;
  document.title = page.title;
  const text = page as unknown as Record<string, unknown>;
  const each = (attr: string, apply: (el: HTMLElement, value: string) => void) =>
    document.querySelectorAll<HTMLElement>(`[${attr}]`).forEach((el) => {
      const value = text[el.getAttribute(attr) ?? ""];
      if (typeof value === "string") apply(el, value);
    });
  each("data-i18n", (el, v) => (el.textContent = v));
  each("data-i18n-html", (el, v) => (el.innerHTML = v));
  each("data-i18n-placeholder", (el, v) => el.setAttribute("placeholder", v));
  each("data-i18n-link", (el, v) => el.setAttribute("href", v));
  document.querySelectorAll<HTMLElement>("[data-version]").forEach((el) => {
    el.textContent = page.version(el.getAttribute("data-version") ?? "");
  });
  const english = document.getElementById("function-list");
  const chinese = document.getElementById("function-list-zh");
  if (english && chinese) {
    english.hidden = language !== "en";
    chinese.hidden = language === "en";
  }
  showStatus();
  applyFilter(query);
}

/**
 * Tells the wizard (dist/wizard.js, a separate bundle) where it runs: it reads
 * globalThis.__addinHostKind at start and listens for the "addin-host" event.
 */
function announceHost(kind: StatusKind): void {
  if (kind === "pending") return;
  const g = globalThis as { __addinHostKind?: string; CustomEvent?: typeof CustomEvent };
  g.__addinHostKind = kind;
  if (typeof document.dispatchEvent === "function" && typeof g.CustomEvent === "function") {
    document.dispatchEvent(new g.CustomEvent("addin-host", { detail: kind }));
  }
}

/** Shows only the functions matching the filter box (in the list of the language); hides areas left empty. */
function applyFilter(text: string): void {
  query = text;
  const list = document.getElementById(language === "en" ? "function-list" : "function-list-zh");
  if (!list) return;
  let shown = 0;
  let total = 0;
  const areas = list.querySelectorAll<HTMLElement>("section.area");
  areas.forEach((area) => {
    let inArea = 0;
    area.querySelectorAll<HTMLElement>("li[data-search]").forEach((li) => {
      total++;
      const ok = matchesQuery(li.getAttribute("data-search") || "", text);
      li.hidden = !ok;
      if (ok) inArea++;
    });
    area.hidden = inArea === 0;
    shown += inArea;
  });
  const result = document.getElementById("filter-result");
  if (result) result.textContent = text.trim() ? PAGES[language].filterResult(shown, total) : "";
}

function initFilter(): void {
  const input = document.getElementById("filter") as HTMLInputElement | null;
  if (!input) return;
  input.addEventListener("input", () => applyFilter(input.value));
  input.addEventListener("keydown", (e) => {
    if (e.key === "Escape" && input.value) {
      input.value = "";
      applyFilter("");
    }
  });
}

/** Warns when the host lacks the shared runtime the manifest requires. */
function checkRequirements(office: typeof Office): void {
  try {
    const req = office.context && office.context.requirements;
    if (
      req &&
      typeof req.isSetSupported === "function" &&
      !req.isSetSupported("SharedRuntime", "1.1")
    ) {
      setStatus("preview", (page) => page.noSharedRuntime);
    }
  } catch {
    /* requirement checks are advisory */
  }
}

function initOffice(): void {
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (!office || typeof office.onReady !== "function") {
    setStatus("preview", (page) => describeHost(null, page).text);
    return;
  }
  let settled = false;
  const timer = setTimeout(() => {
    if (settled) return;
    settled = true;
    setStatus("preview", (page) => describeHost(null, page).text);
  }, READY_TIMEOUT_MS);
  const done = (info: HostInfo | null) => {
    clearTimeout(timer);
    const d = describeHost(info);
    // A late onReady from a real host still wins over the timeout's guess.
    if (settled && d.kind !== "excel") return;
    settled = true;
    setStatus(d.kind, (page) => describeHost(info, page).text);
    if (d.kind === "excel") checkRequirements(office);
  };
  try {
    Promise.resolve(office.onReady()).then(
      (info) => done(info as unknown as HostInfo),
      () => done(null)
    );
  } catch {
    done(null);
  }
}

/** Sets up the page. Exported for tests. */
export function init(): void {
  language = paneLanguage("pending");
  applyLanguage();
  if (typeof document.addEventListener === "function")
    document.addEventListener(LANGUAGE_EVENT, (e) => {
      const next = (e as CustomEvent).detail;
      if (!isLanguage(next)) return;
      language = next;
      applyLanguage();
    });
  initFilter();
  initOffice();
}

if (typeof document !== "undefined") {
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
}
