/**
 * README.zh-CN.md (issue 12 §4): linked at the top of README.md; its function list has every
 * function with the Chinese descriptions Excel shows (src/functions/i18n/zh-cn.json, which the
 * build checks against the functions' metadata), its images exist, and its links land on a
 * heading (of README.md or of itself).
 */
import * as fs from "fs";
import * as path from "path";

const ROOT = path.resolve(__dirname, "../..");
const zh = fs.readFileSync(path.join(ROOT, "README.zh-CN.md"), "utf8");
const en = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
const table = JSON.parse(
  fs.readFileSync(path.join(ROOT, "src/functions/i18n/zh-cn.json"), "utf8")
) as Record<string, { description: string; parameters: Record<string, string> }>;

/** GitHub's anchor of a heading, as help.html's headings get theirs. */
const { slugify: slug } = require(path.join(ROOT, "scripts", "webpack", "help.js")) as {
  slugify: (heading: string) => string;
};
const anchors = (md: string) => new Set([...md.matchAll(/^#{1,6} (.+)$/gm)].map((m) => slug(m[1])));

/** A table cell's text as written in Markdown. */
const cell = (s: string) => s.replace(/\|/g, "\\|");

describe("README.zh-CN.md", () => {
  it("is linked at the top of README.md, and links back", () => {
    expect(en.split("\n").slice(0, 5).join("\n")).toContain("(README.zh-CN.md)");
    expect(zh.split("\n").slice(0, 5).join("\n")).toContain("(README.md)");
  });

  it("lists every function with its Chinese description and each parameter's", () => {
    const ids = Object.keys(table);
    expect(ids.length).toBeGreaterThanOrEqual(56);
    const missing: string[] = [];
    for (const id of ids) {
      const row = zh.split("\n").find((l) => l.startsWith(`| [\`${id}\`]`));
      if (!row) {
        missing.push(id);
        continue;
      }
      if (!row.includes(cell(table[id].description))) missing.push(`${id}: description`);
      for (const [p, text] of Object.entries(table[id].parameters))
        if (!row.includes(`\`${p}\`：${cell(text)}`)) missing.push(`${id}: ${p}`);
    }
    expect(missing).toEqual([]);
  });

  it("shows images that exist", () => {
    const images = [...zh.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((m) => m[1]);
    expect(images.length).toBeGreaterThanOrEqual(10);
    expect(images.filter((src) => !fs.existsSync(path.join(ROOT, src)))).toEqual([]);
  });

  it("links to headings that exist", () => {
    const own = anchors(zh);
    const english = anchors(en);
    const links = [...zh.matchAll(/\]\((README\.md)?#([^)]+)\)/g)];
    expect(links.length).toBeGreaterThan(Object.keys(table).length);
    const broken = links
      .filter((m) => !(m[1] ? english : own).has(decodeURIComponent(m[2])))
      .map((m) => m[0]);
    expect(broken).toEqual([]);
  });
});
