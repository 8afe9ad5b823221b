/**
 * Build-time pages: help.html (README.md rendered with GitHub-style heading anchors, which every
 * function's @helpurl points at), help.zh-CN.html (README.zh-CN.md) and the task pane's function list (from functions.json).
 * AddinAssetsPlugin emits help.html, warns about @helpurl anchors the README lacks, and in
 * production rewrites the development URL in functions.json to the deployment URL.
 */
const fs = require("fs");
const path = require("path");
const webpack = require("webpack");
const { DEV_URL } = require("./urls");

const ROOT = path.resolve(__dirname, "..", "..");
const README = path.join(ROOT, "README.md");
const README_ZH = path.join(ROOT, "README.zh-CN.md");

/** The two READMEs link to each other; as pages, to each other's page. */
function linkPages(html) {
  return html
    .replace(/href="README\.zh-CN\.md/g, 'href="help.zh-CN.html')
    .replace(/href="README\.md/g, 'href="help.html');
}
const CSS = fs.readFileSync(path.join(__dirname, "help.css"), "utf8");

/** One line per area, shown in the task pane. */
const AREAS = {
  AHP: "Analytic hierarchy process: weights and consistency",
  GREY: "Grey multi-level evaluation",
  SCORE: "Quantitative scoring",
  ANP: "Analytic network process",
  TRADE: "Trade structure",
  SERVICE: "Service outsourcing",
  DEA: "Data envelopment analysis: efficiency and productivity",
  WEIGHT: "Objective and combined weights",
  TOPSIS: "TOPSIS ranking",
  GRA: "Grey relational analysis",
  FUZZY: "Fuzzy comprehensive evaluation",
  CCD: "Coupling coordination degree",
  IO: "Input-output analysis: embodied emissions",
};

/** The areas' titles in the Chinese function list of the task pane. */
const AREAS_ZH = {
  AHP: "层次分析法：权重与一致性",
  GREY: "灰色多层次评价",
  SCORE: "定量评分",
  ANP: "网络分析法",
  TRADE: "贸易结构",
  SERVICE: "服务外包",
  DEA: "数据包络分析：效率与生产率",
  WEIGHT: "客观权重与组合权重",
  TOPSIS: "TOPSIS 排序",
  GRA: "灰色关联分析",
  FUZZY: "模糊综合评价",
  CCD: "耦合协调度",
  IO: "投入产出分析：隐含排放",
};

/**
 * A Chinese description (HTML-escaped) with the function's parameter names it mentions marked
 * as code in English (`<code lang="en">spread</code>`): they are typed as they are.
 */
function markParameters(html, parameters) {
  const names = (parameters || []).map((p) => p.name).filter((n) => /^[A-Za-z_][\w]*$/.test(n));
  if (names.length === 0) return html;
  const re = new RegExp(`(?<![\\w.=])(${names.join("|")})(?![\\w(])`, "g");
  return html.replace(re, '<code lang="en">$1</code>');
}

/** HTML-escapes text. */
function escapeHtml(s) {
  return String(s).replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]
  );
}

/**
 * GitHub's heading anchor: lower case; characters other than letters, digits, spaces, hyphens
 * and underscores dropped; spaces become hyphens ("### AHP.WEIGHTS" → "ahpweights").
 */
function slugify(text) {
  return String(text)
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");
}

/** The plain text of marked inline tokens (code spans and emphasis reduced to their text). */
function plainText(tokens) {
  return (tokens || [])
    .map((t) =>
      t.tokens
        ? plainText(t.tokens)
        : t.type === "codespan" || t.type === "text" || t.type === "escape"
          ? t.text
          : t.raw || ""
    )
    .join("");
}

/** Renders Markdown with GitHub-style heading ids (duplicates get -1, -2, …). */
function renderMarkdown(markdown) {
  const { Marked } = require("marked");
  const seen = new Map();
  const marked = new Marked({ gfm: true });
  marked.use({
    renderer: {
      heading({ tokens, depth }) {
        let id = slugify(plainText(tokens));
        const n = seen.get(id) || 0;
        seen.set(id, n + 1);
        if (n > 0) id = `${id}-${n}`;
        return `<h${depth} id="${escapeHtml(id)}"><a class="anchor" href="#${escapeHtml(id)}" aria-hidden="true">#</a>${this.parser.parseInline(tokens)}</h${depth}>\n`;
      },
    },
  });
  // A table whose header row is empty (an image grid) gets no header row: no empty headers.
  // Tables and code blocks scroll sideways on a narrow pane: they take keyboard focus to do so.
  return marked
    .parse(markdown)
    .replace(/<thead>\s*<tr>(?:\s*<th(?:\s[^>]*)?>\s*<\/th>)+\s*<\/tr>\s*<\/thead>\s*/g, "")
    .replace(/<(table|pre)>/g, '<$1 tabindex="0">');
}

function helpPage(bodyHtml, lang = "en") {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${lang === "en" ? "Low-Carbon Evaluation: help" : "低碳评价：帮助"}</title>
<link rel="icon" href="assets/icon-32.png">
<style>
${CSS}</style>
</head>
<body>
<main>
${bodyHtml}
</main>
</body>
</html>
`;
}

/** The functions listed in the functions.json asset of a compilation ([] when absent or empty). */
function functionsOf(compilation) {
  const asset = compilation.getAsset("functions.json");
  if (!asset) return [];
  try {
    const json = JSON.parse(asset.source.source().toString() || "{}");
    return Array.isArray(json.functions) ? json.functions : [];
  } catch {
    return [];
  }
}

/**
 * The task pane's function list, grouped by area (the part of the name before the first dot).
 * With `zh` (the table of src/functions/i18n/zh-cn.json): the Chinese list, descriptions and
 * area titles in Chinese; the syntax (`<code lang="en">`) is the same in both.
 */
function functionListHtml(functions, zh) {
  const areas = zh ? AREAS_ZH : AREAS;
  if (functions.length === 0)
    return zh
      ? '<p class="empty">此版本尚未包含函数。</p>'
      : '<p class="empty">No functions are built into this version yet.</p>';
  const groups = new Map();
  for (const f of functions) {
    const area = String(f.name || f.id).split(".")[0];
    if (!groups.has(area)) groups.set(area, []);
    groups.get(area).push(f);
  }
  let html = "";
  for (const [area, list] of groups) {
    const title = areas[area] ? `${area} · ${areas[area]}` : area;
    const id = `area-${zh ? "zh-" : ""}${escapeHtml(slugify(area))}`;
    html += `<section class="area" aria-labelledby="${id}">\n<h3 id="${id}">${escapeHtml(title)} <span class="count">(${list.length})</span></h3>\n<ul class="functions">\n`;
    for (const f of list) {
      const anchor =
        typeof f.helpUrl === "string" && f.helpUrl.includes("#")
          ? f.helpUrl.slice(f.helpUrl.indexOf("#"))
          : `#${slugify(f.name || f.id)}`;
      const params = (f.parameters || [])
        .map((p) => (p.optional ? `[${p.name}]` : p.name))
        .join(", ");
      const description = (zh && zh[f.id] && zh[f.id].description) || f.description || "";
      html +=
        `<li data-search="${escapeHtml(`${f.name} ${description}`.toLowerCase())}">` +
        `<a class="fn" lang="en" href="help.html${escapeHtml(anchor)}" target="_blank" rel="noopener"><code>=${escapeHtml(f.name)}(${escapeHtml(params)})</code></a>` +
        `<span class="desc">${zh ? markParameters(escapeHtml(description), f.parameters) : escapeHtml(description)}</span></li>\n`;
    }
    html += "</ul>\n</section>\n";
  }
  return html;
}

class AddinAssetsPlugin {
  /** @param {{ baseUrl: string }} options */
  constructor(options) {
    this.options = options;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("AddinAssetsPlugin", (compilation) => {
      compilation.fileDependencies.add(README);
      compilation.fileDependencies.add(README_ZH);
      compilation.hooks.processAssets.tap(
        { name: "AddinAssetsPlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          const body = renderMarkdown(fs.readFileSync(README, "utf8"));
          const ids = new Set([...body.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]));
          const missing = functionsOf(compilation).filter((f) => {
            const h = String(f.helpUrl || "");
            return h.includes("#") && !ids.has(decodeURIComponent(h.slice(h.indexOf("#") + 1)));
          });
          if (missing.length > 0) {
            const anchors = missing.map((f) => f.helpUrl.slice(f.helpUrl.indexOf("#"))).join(" ");
            compilation.warnings.push(
              new webpack.WebpackError(
                `help.html: README.md has no heading for ${missing.length} function(s) whose @helpurl points at it: ${anchors}`
              )
            );
          }
          compilation.emitAsset(
            "help.html",
            new webpack.sources.RawSource(helpPage(linkPages(body)))
          );
          const zh = renderMarkdown(fs.readFileSync(README_ZH, "utf8"));
          compilation.emitAsset(
            "help.zh-CN.html",
            new webpack.sources.RawSource(helpPage(linkPages(zh), "zh-CN"))
          );
          const json = compilation.getAsset("functions.json");
          if (this.options.baseUrl !== DEV_URL && json) {
            const text = json.source.source().toString();
            compilation.updateAsset(
              "functions.json",
              new webpack.sources.RawSource(text.split(DEV_URL).join(this.options.baseUrl))
            );
          }
        }
      );
    });
  }
}

module.exports = { AddinAssetsPlugin, functionListHtml, functionsOf, renderMarkdown, slugify };
