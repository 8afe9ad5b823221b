/**
 * The task pane as built into dist/ (npm run build first; npm test does): taskpane.html hosts
 * both bundles (shared runtime), lists every function, and taskpane.js works with and without
 * Office. Also help.html: README rendered with one anchor per function's @helpurl.
 */
import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";
import { describeHost, matchesQuery } from "../../src/taskpane/taskpane";

const ROOT = path.resolve(__dirname, "..", "..");
const DIST = path.join(ROOT, "dist");

const webpackConfig = require(path.join(ROOT, "scripts", "webpack", "help.js")) as {
  slugify: (s: string) => string;
  renderMarkdown: (md: string) => string;
};

function distFile(name: string): string {
  const file = path.join(DIST, name);
  if (!fs.existsSync(file))
    throw new Error(`dist/${name} is missing: run npm run build first (npm test does).`);
  return fs.readFileSync(file, "utf8");
}

interface FunctionMeta {
  id: string;
  name: string;
  helpUrl?: string;
}
const functions = (): FunctionMeta[] => JSON.parse(distFile("functions.json")).functions;

describe("dist/taskpane.html", () => {
  test("loads office.js, then functions.js, then taskpane.js, then the wizard (the shared runtime page)", () => {
    const html = distFile("taskpane.html");
    const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]);
    const officeJs = scripts.findIndex((s) => /(^|\/)office\.js$/.test(s));
    const fns = scripts.findIndex((s) => /(^|\/)functions\.js$/.test(s));
    const pane = scripts.findIndex((s) => /(^|\/)taskpane\.js$/.test(s));
    expect(officeJs).toBeGreaterThanOrEqual(0);
    expect(fns).toBeGreaterThan(officeJs);
    const wizard = scripts.findIndex((s) => /(^|\/)wizard\.js$/.test(s));
    expect(pane).toBeGreaterThan(fns);
    expect(wizard).toBeGreaterThan(pane);
    expect(scripts).toHaveLength(4);
  });

  test("office.js comes from Microsoft's CDN or from a local copy that exists", () => {
    const src = /<script\b[^>]*\bsrc="([^"]*office\.js)"/.exec(distFile("taskpane.html"))![1];
    if (/^https:/.test(src))
      expect(src).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    else expect(fs.existsSync(path.join(DIST, src))).toBe(true);
  });

  test("every local file it references exists in dist/", () => {
    const html = distFile("taskpane.html");
    const refs = [...html.matchAll(/\b(?:src|href)="([^"#]+)/g)]
      .map((m) => m[1])
      .filter((u) => !/^[a-z]+:/i.test(u));
    expect(refs.length).toBeGreaterThan(3);
    const missing = refs.filter((r) => !fs.existsSync(path.join(DIST, r)));
    expect(missing).toEqual([]);
  });

  test("lists every function in functions.json, linked to its help anchor", () => {
    const html = distFile("taskpane.html");
    const missing = functions().filter((f) => !html.includes(`<code>=${f.name}(`));
    expect(missing.map((f) => f.id)).toEqual([]);
    for (const f of functions()) {
      if (f.helpUrl && f.helpUrl.includes("#"))
        expect(html).toContain(`href="help.html${f.helpUrl.slice(f.helpUrl.indexOf("#"))}"`);
    }
  });

  test("has a page title, a status line, a labelled filter box and lang", () => {
    const html = distFile("taskpane.html");
    expect(html).toMatch(/<html lang="en"/);
    expect(html).toMatch(/<title>Low-Carbon Evaluation<\/title>/);
    expect(html).toMatch(/id="?status"?[^>]*role="?status"?/);
    expect(html).toMatch(/<label for="?filter"?>/);
  });
});

describe("dist/taskpane.js", () => {
  /** Runs the bundle with a minimal fake DOM and the given Office global. */
  async function run(
    office: unknown
  ): Promise<{ status: { className: string; textContent: string } }> {
    const elements: Record<string, Record<string, unknown>> = {};
    const el = (id: string) =>
      (elements[id] ??= {
        id,
        className: "",
        textContent: "",
        value: "",
        hidden: false,
        attrs: {} as Record<string, string>,
        setAttribute(k: string, v: string) {
          (this.attrs as Record<string, string>)[k] = v;
        },
        getAttribute(k: string) {
          return (this.attrs as Record<string, string>)[k] ?? null;
        },
        addEventListener() {},
        querySelectorAll: () => [],
      });
    const document = {
      readyState: "complete",
      getElementById: (id: string) => el(id),
      addEventListener() {},
    };
    const globals: Record<string, unknown> = { document, setTimeout, clearTimeout, console };
    if (office !== undefined) globals.Office = office;
    const context = vm.createContext(globals);
    vm.runInContext(distFile("taskpane.js"), context, { filename: "taskpane.js" });
    await new Promise((r) => setTimeout(r, 20));
    return { status: el("status") as unknown as { className: string; textContent: string } };
  }

  test("shows preview mode when office.js is not loaded (Office undefined)", async () => {
    const { status } = await run(undefined);
    expect(status.className).toBe("status preview");
    expect(status.textContent).toMatch(/Preview mode/);
  });

  test("shows preview mode when Office.onReady reports no host", async () => {
    const { status } = await run({
      onReady: () => Promise.resolve({ host: null, platform: null }),
    });
    expect(status.className).toBe("status preview");
  });

  test("reports Excel when Office.onReady reports it", async () => {
    const office = {
      onReady: () => Promise.resolve({ host: "Excel", platform: "PC" }),
      context: { requirements: { isSetSupported: () => true } },
    };
    const { status } = await run(office);
    expect(status.className).toBe("status excel");
    expect(status.textContent).toMatch(/Connected to Excel on Windows/);
  });

  test("falls back to preview mode when Office.onReady rejects or throws", async () => {
    expect((await run({ onReady: () => Promise.reject(new Error("no")) })).status.className).toBe(
      "status preview"
    );
    expect(
      (
        await run({
          onReady: () => {
            throw new Error("no");
          },
        })
      ).status.className
    ).toBe("status preview");
  });
});

describe("task pane logic", () => {
  test("describeHost", () => {
    expect(describeHost(null).kind).toBe("preview");
    expect(describeHost({ host: null, platform: null }).kind).toBe("preview");
    expect(describeHost({ host: "Excel", platform: "OfficeOnline" }).text).toMatch(
      /Excel on the web/
    );
    expect(describeHost({ host: "Excel", platform: "Mac" }).text).toMatch(/Excel on Mac/);
  });
  test("matchesQuery matches every word, case-insensitively", () => {
    expect(matchesQuery("ahp.weights priority weights", "AHP weights")).toBe(true);
    expect(matchesQuery("ahp.weights priority weights", "grey")).toBe(false);
    expect(matchesQuery("anything", "   ")).toBe(true);
  });
});

describe("help.html", () => {
  test("GitHub-style heading ids", () => {
    expect(webpackConfig.slugify("AHP.WEIGHTS")).toBe("ahpweights");
    expect(webpackConfig.slugify("Quick start")).toBe("quick-start");
    expect(webpackConfig.slugify("GREY.EVAL (grey evaluation)")).toBe("greyeval-grey-evaluation");
    const html = webpackConfig.renderMarkdown(
      "### AHP.WEIGHTS\n\n### `AHP.CR`\n\n## Usage\n\n## Usage\n"
    );
    expect(html).toContain('id="ahpweights"');
    expect(html).toContain('id="ahpcr"');
    expect(html).toContain('id="usage"');
    expect(html).toContain('id="usage-1"');
  });

  test("has an anchor for every function's @helpurl", () => {
    const html = distFile("help.html");
    const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
    const missing = functions()
      .filter((f) => f.helpUrl && f.helpUrl.includes("#"))
      .map((f) => f.helpUrl!.slice(f.helpUrl!.indexOf("#") + 1))
      .filter((anchor) => !ids.has(decodeURIComponent(anchor)));
    expect(missing).toEqual([]);
  });
});
