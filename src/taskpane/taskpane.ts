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

/** What Office.onReady resolves with (a subset). */
export interface HostInfo {
  host: string | null | undefined;
  platform: string | null | undefined;
}

type StatusKind = "pending" | "excel" | "preview";

const PLATFORM_NAMES: Record<string, string> = {
  PC: "Windows",
  Mac: "Mac",
  OfficeOnline: "the web",
  iOS: "iPad",
  Android: "Android",
  Universal: "Windows",
};

/** How long to wait for Office.onReady before assuming the page runs outside Office. */
export const READY_TIMEOUT_MS = 4000;

/** The status line for an Office.onReady result (or for none). */
export function describeHost(info: HostInfo | null | undefined): {
  kind: StatusKind;
  text: string;
} {
  if (!info || !info.host) {
    return {
      kind: "preview",
      text: "Preview mode: this page is open outside Excel. Add the add-in to Excel to use the functions in cells.",
    };
  }
  const platform = info.platform ? PLATFORM_NAMES[info.platform] || info.platform : "";
  const host = info.host === "Excel" ? "Excel" : String(info.host);
  return {
    kind: "excel",
    text: `Connected to ${host}${platform ? ` on ${platform}` : ""}. The functions are ready to use in cells.`,
  };
}

/** Case-insensitive match of every word of `query` against `haystack`. */
export function matchesQuery(haystack: string, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const h = haystack.toLowerCase();
  return words.every((w) => h.includes(w));
}

function setStatus(kind: StatusKind, text: string): void {
  const el = document.getElementById("status");
  if (!el) return;
  el.className = `status ${kind}`;
  el.textContent = text;
  el.setAttribute("data-mode", kind);
  announceHost(kind);
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

/** Shows only the functions matching the filter box; hides areas left empty. */
function applyFilter(query: string): void {
  const list = document.getElementById("function-list");
  if (!list) return;
  let shown = 0;
  let total = 0;
  const areas = list.querySelectorAll<HTMLElement>("section.area");
  areas.forEach((area) => {
    let inArea = 0;
    area.querySelectorAll<HTMLElement>("li[data-search]").forEach((li) => {
      total++;
      const ok = matchesQuery(li.getAttribute("data-search") || "", query);
      li.hidden = !ok;
      if (ok) inArea++;
    });
    area.hidden = inArea === 0;
    shown += inArea;
  });
  const result = document.getElementById("filter-result");
  if (result) result.textContent = query.trim() ? `${shown} of ${total} functions match.` : "";
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
      setStatus(
        "preview",
        "This version of Excel lacks the shared runtime (SharedRuntime 1.1) that the functions need."
      );
    }
  } catch {
    /* requirement checks are advisory */
  }
}

function initOffice(): void {
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (!office || typeof office.onReady !== "function") {
    const d = describeHost(null);
    setStatus(d.kind, d.text);
    return;
  }
  let settled = false;
  const timer = setTimeout(() => {
    if (settled) return;
    settled = true;
    const d = describeHost(null);
    setStatus(d.kind, d.text);
  }, READY_TIMEOUT_MS);
  const done = (info: HostInfo | null) => {
    clearTimeout(timer);
    const d = describeHost(info);
    // A late onReady from a real host still wins over the timeout's guess.
    if (settled && d.kind !== "excel") return;
    settled = true;
    setStatus(d.kind, d.text);
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
  initFilter();
  initOffice();
}

if (typeof document !== "undefined") {
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
}
