/**
 * manifest.xml: the invariants Office relies on, checked offline (office-addin-manifest's
 * validator needs an online service). A small strict XML parser below checks well-formedness.
 */
import * as fs from "fs";
import * as path from "path";

const ROOT = path.resolve(__dirname, "..");
const MANIFEST = path.join(ROOT, "manifest.xml");
const DEV_BASE = "https://localhost:3000/";

// ---------------------------------------------------------------- a strict, minimal XML parser

interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
  line: number;
}

const NAME = /^[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?/;

/** Decodes entity and character references; throws on undefined entities or stray "&". */
function decodeEntities(s: string, line: number): string {
  return s.replace(/&([^;\s&]*);?/g, (m, body: string) => {
    if (!m.endsWith(";"))
      throw new Error(`line ${line}: "&" must start an entity reference ending in ";"`);
    const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
    if (body in named) return named[body];
    const num = /^#(?:x([0-9a-fA-F]+)|([0-9]+))$/.exec(body);
    if (num) return String.fromCodePoint(num[1] ? parseInt(num[1], 16) : parseInt(num[2], 10));
    throw new Error(`line ${line}: undefined entity &${body};`);
  });
}

/**
 * Parses an XML document (no DTD) into elements; throws with a line number on anything that is
 * not well-formed: unbalanced or mismatched tags, duplicate or unquoted attributes, "<" in
 * attribute values, bad entity references, text or a second element outside the root.
 */
function parseXml(xml: string): XmlElement {
  let i = 0;
  let line = 1;
  const advance = (n: number) => {
    for (let k = 0; k < n; k++) if (xml[i + k] === "\n") line++;
    i += n;
  };
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  if (xml.charCodeAt(0) === 0xfeff) i = 1;
  if (xml.startsWith("<?xml", i)) {
    const end = xml.indexOf("?>", i);
    if (end < 0) throw new Error("unterminated XML declaration");
    if (
      !/^<\?xml\s+version="1\.[0-9]"(\s+encoding="[A-Za-z][\w.-]*")?(\s+standalone="(yes|no)")?\s*\?>$/.test(
        xml.slice(i, end + 2)
      )
    ) {
      throw new Error("malformed XML declaration");
    }
    advance(end + 2 - i);
  }
  while (i < xml.length) {
    if (xml.startsWith("<!--", i)) {
      const end = xml.indexOf("-->", i + 4);
      if (end < 0) throw new Error(`line ${line}: unterminated comment`);
      if (xml.slice(i + 4, end).includes("--"))
        throw new Error(`line ${line}: "--" inside a comment`);
      advance(end + 3 - i);
    } else if (xml.startsWith("<![CDATA[", i)) {
      if (!stack.length) throw new Error(`line ${line}: CDATA outside the root element`);
      const end = xml.indexOf("]]>", i);
      if (end < 0) throw new Error(`line ${line}: unterminated CDATA`);
      stack[stack.length - 1].text += xml.slice(i + 9, end);
      advance(end + 3 - i);
    } else if (xml.startsWith("<?", i)) {
      const end = xml.indexOf("?>", i);
      if (end < 0) throw new Error(`line ${line}: unterminated processing instruction`);
      advance(end + 2 - i);
    } else if (xml.startsWith("<!", i)) {
      throw new Error(`line ${line}: DTDs and declarations are not allowed`);
    } else if (xml.startsWith("</", i)) {
      const m = /^<\/([^\s>]+)\s*>/.exec(xml.slice(i));
      if (!m) throw new Error(`line ${line}: malformed end tag`);
      const open = stack.pop();
      if (!open) throw new Error(`line ${line}: end tag </${m[1]}> without a start tag`);
      if (open.name !== m[1])
        throw new Error(`line ${line}: </${m[1]}> closes <${open.name}> (line ${open.line})`);
      advance(m[0].length);
    } else if (xml[i] === "<") {
      const startLine = line;
      advance(1);
      const nm = NAME.exec(xml.slice(i));
      if (!nm) throw new Error(`line ${line}: malformed start tag`);
      advance(nm[0].length);
      const el: XmlElement = { name: nm[0], attrs: {}, children: [], text: "", line: startLine };
      for (;;) {
        const ws = /^\s*/.exec(xml.slice(i))![0];
        advance(ws.length);
        if (xml.startsWith("/>", i)) {
          advance(2);
          break;
        }
        if (xml[i] === ">") {
          advance(1);
          stack.push(el);
          break;
        }
        if (!ws)
          throw new Error(
            `line ${line}: attributes of <${el.name}> must be separated by white space`
          );
        const am = /^([A-Za-z_][\w.:-]*)\s*=\s*("([^"]*)"|'([^']*)')/.exec(xml.slice(i));
        if (!am) throw new Error(`line ${line}: malformed attribute in <${el.name}>`);
        const value = am[3] ?? am[4] ?? "";
        if (value.includes("<"))
          throw new Error(`line ${line}: "<" in an attribute value of <${el.name}>`);
        if (am[1] in el.attrs)
          throw new Error(`line ${line}: duplicate attribute ${am[1]} in <${el.name}>`);
        el.attrs[am[1]] = decodeEntities(value, line);
        advance(am[0].length);
      }
      if (stack.length === 0 || stack[stack.length - 1] !== el) {
        // empty-element tag: attach now
        if (stack.length) stack[stack.length - 1].children.push(el);
        else if (root) throw new Error(`line ${startLine}: a second root element <${el.name}>`);
        else root = el;
      } else if (stack.length >= 2) {
        stack[stack.length - 2].children.push(el);
      } else if (root) {
        throw new Error(`line ${startLine}: a second root element <${el.name}>`);
      } else {
        root = el;
      }
    } else {
      const next = xml.indexOf("<", i);
      const text = xml.slice(i, next < 0 ? xml.length : next);
      if (!stack.length) {
        if (text.trim()) throw new Error(`line ${line}: text outside the root element`);
      } else {
        if (text.includes("]]>")) throw new Error(`line ${line}: "]]>" in text`);
        stack[stack.length - 1].text += decodeEntities(text, line);
      }
      advance(text.length);
    }
  }
  if (stack.length)
    throw new Error(
      `<${stack[stack.length - 1].name}> (line ${stack[stack.length - 1].line}) is never closed`
    );
  if (!root) throw new Error("no root element");
  return root;
}

function all(
  el: XmlElement,
  pred: (e: XmlElement) => boolean,
  out: XmlElement[] = []
): XmlElement[] {
  if (pred(el)) out.push(el);
  for (const c of el.children) all(c, pred, out);
  return out;
}
const named = (root: XmlElement, name: string) => all(root, (e) => e.name === name);
const child = (el: XmlElement, name: string) => el.children.find((c) => c.name === name);

/** Width and height from a PNG's IHDR chunk; throws unless the file is a PNG. */
function pngSize(file: string): { width: number; height: number } {
  const b = fs.readFileSync(file);
  const sig = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (b.length < 33 || !b.subarray(0, 8).equals(sig) || b.toString("ascii", 12, 16) !== "IHDR")
    throw new Error(`${file} is not a PNG`);
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

// ---------------------------------------------------------------- the parser itself

describe("XML well-formedness checker", () => {
  test.each([
    ["<a><b></a></b>", /closes/],
    ["<a x='1' x='2'/>", /duplicate/],
    ["<a x=1/>", /malformed attribute/],
    ["<a>&nbsp;</a>", /undefined entity/],
    ["<a>AT&T</a>", /entity/],
    ["<a/><b/>", /second root/],
    ["<a>", /never closed/],
    ["text<a/>", /outside/],
    ['<a x="<"/>', /"<"/],
  ])("rejects %s", (xml, message) => {
    expect(() => parseXml(xml)).toThrow(message);
  });
  test("accepts and decodes a small document", () => {
    const r = parseXml(
      '<?xml version="1.0" encoding="UTF-8"?>\n<!-- c --><a q="x &gt; y"><b>1 &amp; 2</b><c/></a>\n'
    );
    expect(r.name).toBe("a");
    expect(r.attrs.q).toBe("x > y");
    expect(r.children.map((c) => c.name)).toEqual(["b", "c"]);
    expect(r.children[0].text).toBe("1 & 2");
  });
});

// ---------------------------------------------------------------- manifest.xml

describe("manifest.xml", () => {
  const xml = fs.readFileSync(MANIFEST, "utf8");
  let root: XmlElement;

  test("is well-formed XML with an OfficeApp root of type TaskPaneApp", () => {
    root = parseXml(xml);
    expect(root.name).toBe("OfficeApp");
    expect(root.attrs["xsi:type"]).toBe("TaskPaneApp");
  });

  const doc = () => root ?? (root = parseXml(xml));

  test("has a GUID Id, a 4-part Version and the display name", () => {
    expect(child(doc(), "Id")?.text.trim()).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
    );
    expect(child(doc(), "Version")?.text.trim()).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(child(doc(), "DisplayName")?.attrs.DefaultValue).toBe("Low-Carbon Evaluation");
  });

  test("targets Excel workbooks and asks for ReadWriteDocument", () => {
    expect(child(doc(), "Permissions")?.text.trim()).toBe("ReadWriteDocument");
    const hosts = child(doc(), "Hosts")!.children.map((h) => h.attrs.Name);
    expect(hosts).toEqual(["Workbook"]);
  });

  test("requires SharedRuntime 1.1", () => {
    const sets = named(doc(), "Set").map((s) => `${s.attrs.Name} ${s.attrs.MinVersion}`);
    expect(sets).toContain("SharedRuntime 1.1");
  });

  test("declares one long-lived runtime on Taskpane.Url", () => {
    const runtimes = named(doc(), "Runtime");
    expect(runtimes).toHaveLength(1);
    expect(runtimes[0].attrs).toMatchObject({ resid: "Taskpane.Url", lifetime: "long" });
  });

  test("has no custom-functions Namespace (names are typed as declared)", () => {
    expect(named(doc(), "Namespace")).toEqual([]);
    expect(xml).not.toMatch(/Functions\.Namespace/);
  });

  test("has a CustomFunctions extension point with Script, Page and Metadata", () => {
    const ep = named(doc(), "ExtensionPoint").filter(
      (e) => e.attrs["xsi:type"] === "CustomFunctions"
    );
    expect(ep).toHaveLength(1);
    const src = (name: string) => child(child(ep[0], name)!, "SourceLocation")!.attrs.resid;
    expect(src("Script")).toBe("Functions.Script.Url");
    expect(src("Page")).toBe("Taskpane.Url");
    expect(src("Metadata")).toBe("Functions.Metadata.Url");
  });

  test("FunctionFile, Runtime, Page and the ShowTaskpane action share Taskpane.Url", () => {
    expect(named(doc(), "FunctionFile").map((e) => e.attrs.resid)).toEqual(["Taskpane.Url"]);
    const action = named(doc(), "Action").filter((a) => a.attrs["xsi:type"] === "ShowTaskpane");
    expect(action).toHaveLength(1);
    expect(child(action[0], "SourceLocation")!.attrs.resid).toBe("Taskpane.Url");
  });

  test("has a Home-tab button that shows the task pane", () => {
    const tab = named(doc(), "OfficeTab").find((t) => t.attrs.id === "TabHome");
    expect(tab).toBeDefined();
    const buttons = all(tab!, (e) => e.name === "Control" && e.attrs["xsi:type"] === "Button");
    expect(buttons.length).toBeGreaterThan(0);
    expect(all(buttons[0], (e) => e.name === "Action")[0].attrs["xsi:type"]).toBe("ShowTaskpane");
  });

  test("every resid refers to a resource, and every resource id is unique", () => {
    const resources = child(child(doc(), "VersionOverrides")!, "Resources")!;
    const ids = all(resources, (e) => ["bt:Image", "bt:Url", "bt:String"].includes(e.name)).map(
      (e) => e.attrs.id
    );
    expect(new Set(ids).size).toBe(ids.length);
    const refs = all(doc(), (e) => "resid" in e.attrs).map((e) => e.attrs.resid);
    expect(refs.length).toBeGreaterThan(5);
    const missing = refs.filter((r) => !ids.includes(r));
    expect(missing).toEqual([]);
  });

  test("URLs point at the dev server's files: functions.js, functions.json, taskpane.html", () => {
    const urls = Object.fromEntries(
      named(doc(), "bt:Url").map((u) => [u.attrs.id, u.attrs.DefaultValue])
    );
    expect(urls["Functions.Script.Url"]).toBe(`${DEV_BASE}functions.js`);
    expect(urls["Functions.Metadata.Url"]).toBe(`${DEV_BASE}functions.json`);
    expect(urls["Taskpane.Url"]).toBe(`${DEV_BASE}taskpane.html`);
    expect(child(child(doc(), "DefaultSettings")!, "SourceLocation")!.attrs.DefaultValue).toBe(
      `${DEV_BASE}taskpane.html`
    );
  });

  test("Chinese Excel gets the metadata with Chinese descriptions the build emits", () => {
    const url = named(doc(), "bt:Url").find((u) => u.attrs.id === "Functions.Metadata.Url")!;
    const overrides = url.children.filter((c) => c.name === "bt:Override");
    expect(overrides.map((o) => o.attrs)).toEqual([
      { Locale: "zh-CN", Value: `${DEV_BASE}functions.zh-cn.json` },
    ]);
    const { LOCALES } = require(path.join(ROOT, "scripts", "webpack", "localize.js")) as {
      LOCALES: { locale: string; asset: string }[];
    };
    expect(LOCALES.map((l) => [l.locale, `${DEV_BASE}${l.asset}`])).toEqual(
      overrides.map((o) => [o.attrs.Locale, o.attrs.Value])
    );
    if (fs.existsSync(path.join(ROOT, "dist", "functions.json")))
      expect(fs.existsSync(path.join(ROOT, "dist", "functions.zh-cn.json"))).toBe(true);
  });

  test("every icon URL has a PNG of that size in assets/", () => {
    const iconUrls = all(
      doc(),
      (e) => e.name === "bt:Image" || e.name === "IconUrl" || e.name === "HighResolutionIconUrl"
    )
      .map((e) => e.attrs.DefaultValue)
      .filter((u): u is string => typeof u === "string");
    expect(iconUrls.length).toBeGreaterThanOrEqual(4);
    for (const url of iconUrls) {
      const m = /^https:\/\/localhost:3000\/assets\/icon-(\d+)\.png$/.exec(url);
      expect(m).not.toBeNull();
      const size = Number(m![1]);
      const file = path.join(ROOT, "assets", `icon-${size}.png`);
      expect(fs.existsSync(file)).toBe(true);
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
  });

  test("assets/ holds real PNG icons of 16, 32, 64, 80 and 128 px", () => {
    for (const size of [16, 32, 64, 80, 128]) {
      expect(pngSize(path.join(ROOT, "assets", `icon-${size}.png`))).toEqual({
        width: size,
        height: size,
      });
    }
  });

  test("the webpack config copies assets/ into dist/", () => {
    const config = fs.readFileSync(path.join(ROOT, "webpack.config.js"), "utf8");
    expect(config).toMatch(/from:\s*["']assets\/\*\.png["'],\s*to:\s*["']assets\//);
    if (fs.existsSync(path.join(ROOT, "dist", "taskpane.html"))) {
      for (const size of [16, 32, 64, 80, 128]) {
        expect(fs.existsSync(path.join(ROOT, "dist", "assets", `icon-${size}.png`))).toBe(true);
      }
    }
  });
});
