/* eslint-disable no-undef */
/**
 * webpack: builds the add-in into dist/.
 *
 *   functions.js    all custom functions, bound with CustomFunctions.associate (one self-contained
 *                   chunk: no runtime chunk, no split chunks, no dynamic imports; loads in a
 *                   browser, in Excel's JavaScript runtime and in a plain Node vm)
 *   functions.json  function metadata generated from the JSDoc of src/functions/*.ts
 *   taskpane.html   the task pane; it also hosts functions.js (that is the shared runtime)
 *   taskpane.js/css the task pane's code and style
 *   help.html       README.md rendered; every function's @helpurl points at an anchor in it
 *   assets/         icons
 *   manifest.xml    production builds only: manifest.xml with the deployment URL
 *   office-js/      only when office.js is served locally (see OFFICE_JS below)
 *
 * Environment:
 *   OFFICE_JS=cdn|local    where the task pane loads office.js from. Default: cdn for production
 *                          builds (Microsoft's CDN, as AppSource requires), local for development
 *                          builds and the dev server (a copy of @microsoft/office-js in
 *                          dist/office-js/: works offline and from file://).
 *   ADDIN_BASE_URL=https://host/path/   production builds: the URL dist/ will be served from;
 *                          rewrites https://localhost:3000/ in dist/manifest.xml and dist/functions.json.
 */
const fs = require("fs");
const path = require("path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");

const DEV_URL = "https://localhost:3000/";
const DEV_PORT = Number(process.env.npm_package_config_dev_server_port || 3000);
const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const FUNCTIONS_DIR = path.resolve(__dirname, "src/functions");
/** Files in src/functions that hold no custom functions. */
const NOT_FUNCTION_FILES = new Set(["excel.ts", "functions.ts"]);
/** Preferred order of the function files (others follow alphabetically). */
const FUNCTION_FILE_ORDER = ["ahp.ts", "grey.ts", "scoring.ts", "anp.ts", "trade.ts", "service.ts"];
/** One line per area, shown in the task pane and on the help page. */
const AREAS = {
  AHP: "Analytic hierarchy process: weights and consistency",
  GREY: "Grey multi-level evaluation",
  SCORE: "Quantitative scoring",
  ANP: "Analytic network process",
  TRADE: "Trade structure",
  SERVICE: "Service outsourcing",
};

/**
 * The custom-function source files: src/functions/*.ts holding at least one @customfunction
 * tag, except excel.ts and functions.ts. Missing files are simply not there yet.
 */
function customFunctionFiles() {
  if (!fs.existsSync(FUNCTIONS_DIR)) return [];
  const rank = (f) => {
    const i = FUNCTION_FILE_ORDER.indexOf(f);
    return i < 0 ? FUNCTION_FILE_ORDER.length : i;
  };
  return fs
    .readdirSync(FUNCTIONS_DIR)
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts") && !f.endsWith(".test.ts") && !NOT_FUNCTION_FILES.has(f))
    .filter((f) => /@customfunction\b/.test(fs.readFileSync(path.join(FUNCTIONS_DIR, f), "utf8")))
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
    .map((f) => path.join(FUNCTIONS_DIR, f));
}

/** The files functions.ts does not import (they are added to the entry so none is left out). */
function filesNotImported(files) {
  const entry = path.join(FUNCTIONS_DIR, "functions.ts");
  const text = fs.existsSync(entry) ? fs.readFileSync(entry, "utf8") : "";
  const imported = new Set([...text.matchAll(/^\s*import\s+["']\.\/([\w.-]+?)(?:\.ts)?["']/gm)].map((m) => m[1]));
  return files.filter((f) => !imported.has(path.basename(f, ".ts")));
}

// ---------------------------------------------------------------- help page and function list

/** HTML-escapes text. */
function escapeHtml(s) {
  return String(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
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
    .map((t) => (t.tokens ? plainText(t.tokens) : t.type === "codespan" || t.type === "text" || t.type === "escape" ? t.text : t.raw || ""))
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
  return marked.parse(markdown);
}

function helpPage(bodyHtml) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Low-Carbon Evaluation: help</title>
<link rel="icon" href="assets/icon-32.png">
<style>
  :root { color-scheme: light; --accent: #0f6cbd; --fg: #242424; --muted: #616161; --line: #e0e0e0; }
  body { margin: 0; font: 15px/1.55 "Segoe UI", "Segoe UI Web (West European)", -apple-system, BlinkMacSystemFont, Roboto, "Helvetica Neue", sans-serif; color: var(--fg); background: #fff; }
  main { max-width: 52rem; margin: 0 auto; padding: 1.5rem 1.25rem 4rem; }
  h1, h2, h3, h4 { line-height: 1.25; margin: 1.6em 0 0.6em; scroll-margin-top: 1rem; }
  h1 { font-size: 1.8rem; } h2 { font-size: 1.4rem; border-bottom: 1px solid var(--line); padding-bottom: 0.3em; } h3 { font-size: 1.15rem; }
  h1:target, h2:target, h3:target, h4:target { background: #fff4ce; }
  a { color: var(--accent); } a:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
  .anchor { float: left; margin-left: -1.1em; width: 1.1em; text-decoration: none; color: var(--muted); visibility: hidden; }
  h1:hover .anchor, h2:hover .anchor, h3:hover .anchor, h4:hover .anchor, .anchor:focus { visibility: visible; }
  code { font: 0.9em/1.4 Consolas, "Cascadia Mono", Menlo, monospace; background: #f5f5f5; padding: 0.1em 0.3em; border-radius: 4px; }
  pre { background: #f5f5f5; padding: 0.8em 1em; overflow: auto; border-radius: 6px; } pre code { padding: 0; background: none; }
  table { border-collapse: collapse; display: block; overflow: auto; } th, td { border: 1px solid var(--line); padding: 0.35em 0.7em; text-align: left; vertical-align: top; }
  blockquote { margin: 0; padding: 0 1em; color: var(--muted); border-left: 4px solid var(--line); }
  img { max-width: 100%; }
</style>
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

/** The task pane's function list, grouped by area (the part of the name before the first dot). */
function functionListHtml(functions) {
  if (functions.length === 0) return '<p class="empty">No functions are built into this version yet.</p>';
  const groups = new Map();
  for (const f of functions) {
    const area = String(f.name || f.id).split(".")[0];
    if (!groups.has(area)) groups.set(area, []);
    groups.get(area).push(f);
  }
  let html = "";
  for (const [area, fs_] of groups) {
    const title = AREAS[area] ? `${area} · ${AREAS[area]}` : area;
    html += `<section class="area" aria-labelledby="area-${escapeHtml(slugify(area))}">\n`;
    html += `<h3 id="area-${escapeHtml(slugify(area))}">${escapeHtml(title)} <span class="count">(${fs_.length})</span></h3>\n<ul class="functions">\n`;
    for (const f of fs_) {
      const anchor = typeof f.helpUrl === "string" && f.helpUrl.includes("#") ? f.helpUrl.slice(f.helpUrl.indexOf("#")) : `#${slugify(f.name || f.id)}`;
      const params = (f.parameters || []).map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ");
      html +=
        `<li data-search="${escapeHtml(`${f.name} ${f.description || ""}`.toLowerCase())}">` +
        `<a class="fn" href="help.html${escapeHtml(anchor)}" target="_blank" rel="noopener"><code>=${escapeHtml(f.name)}(${escapeHtml(params)})</code></a>` +
        `<span class="desc">${escapeHtml(f.description || "")}</span></li>\n`;
    }
    html += "</ul>\n</section>\n";
  }
  return html;
}

/**
 * Emits help.html from README.md, warns about @helpurl anchors that README lacks, and in
 * production rewrites the development URL in functions.json to ADDIN_BASE_URL.
 */
class AddinAssetsPlugin {
  constructor(options) {
    this.options = options;
  }
  apply(compiler) {
    const readme = path.resolve(__dirname, "README.md");
    compiler.hooks.thisCompilation.tap("AddinAssetsPlugin", (compilation) => {
      compilation.fileDependencies.add(readme);
      compilation.fileDependencies.add(path.join(FUNCTIONS_DIR, "functions.ts"));
      compilation.hooks.processAssets.tap(
        { name: "AddinAssetsPlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          for (const f of this.options.notImported) {
            const w = new webpack.WebpackError(
              `src/functions/${path.basename(f)} holds custom functions but src/functions/functions.ts does not import it; ` +
                `it was added to the functions entry. Add: import "./${path.basename(f, ".ts")}";`,
            );
            compilation.warnings.push(w);
          }
          const functions = functionsOf(compilation);
          const markdown = fs.existsSync(readme)
            ? fs.readFileSync(readme, "utf8")
            : "# Low-Carbon Evaluation\n\nREADME.md is missing: no help has been written yet.\n";
          const body = renderMarkdown(markdown);
          const ids = new Set([...body.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]));
          const missing = functions.filter((f) => {
            const h = String(f.helpUrl || "");
            return h.includes("#") && !ids.has(decodeURIComponent(h.slice(h.indexOf("#") + 1)));
          });
          if (missing.length > 0) {
            compilation.warnings.push(
              new webpack.WebpackError(
                `help.html: README.md has no heading for ${missing.length} function(s) whose @helpurl points at it: ` +
                  missing.map((f) => f.helpUrl.slice(f.helpUrl.indexOf("#"))).join(" "),
              ),
            );
          }
          compilation.emitAsset("help.html", new webpack.sources.RawSource(helpPage(body)));
          const base = this.options.baseUrl;
          if (base !== DEV_URL && compilation.getAsset("functions.json")) {
            const text = compilation.getAsset("functions.json").source.source().toString();
            compilation.updateAsset("functions.json", new webpack.sources.RawSource(text.split(DEV_URL).join(base)));
          }
        },
      );
    });
  }
}

// ---------------------------------------------------------------- dev server certificates

/** True under CI (CI=true/1/yes), where nothing may prompt or change the system's trust store. */
function isCI() {
  const v = String(process.env.CI || "").toLowerCase();
  return v !== "" && v !== "false" && v !== "0";
}

/** The certificate/key pair in `dir`, when both exist, match and stay valid for another day. */
function readValidPair(certPath, keyPath, caPath) {
  const crypto = require("crypto");
  try {
    const cert = fs.readFileSync(certPath);
    const key = fs.readFileSync(keyPath);
    const x509 = new crypto.X509Certificate(cert);
    if (!x509.checkPrivateKey(crypto.createPrivateKey(key))) return undefined;
    if (Date.parse(x509.validTo) < Date.now() + 24 * 3600 * 1000) return undefined;
    const out = { cert, key };
    if (caPath && fs.existsSync(caPath)) out.ca = fs.readFileSync(caPath);
    return out;
  } catch {
    return undefined;
  }
}

/**
 * https options for the dev server (https://localhost:3000).
 * - Windows/macOS (not CI): as Microsoft's template, office-addin-dev-certs creates a development
 *   CA and a localhost certificate in ~/.office-addin-dev-certs and trusts the CA (the OS may ask
 *   once), which Excel desktop requires.
 * - Linux and CI: nothing is installed and nothing prompts (trusting a CA needs sudo there). The
 *   same certificates are reused when valid, or generated (untrusted) when missing; when even that
 *   fails, webpack-dev-server's own self-signed certificate is used. The browser must accept the
 *   certificate once (open https://localhost:3000/taskpane.html), or trust the CA with
 *   `sudo npx office-addin-dev-certs install`.
 * Returns undefined to let webpack-dev-server self-sign.
 */
async function httpsOptions(log = console.log) {
  const devCerts = require("office-addin-dev-certs");
  const desktop = (process.platform === "win32" || process.platform === "darwin") && !isCI();
  if (desktop && !process.env.ADDIN_UNTRUSTED_CERTS) {
    return devCerts.getHttpsServerOptions();
  }
  const d = require("office-addin-dev-certs/lib/defaults");
  let pair = readValidPair(d.localhostCertificatePath, d.localhostKeyPath, d.caCertificatePath);
  if (!pair) {
    try {
      await devCerts.generateCertificates(d.caCertificatePath, d.localhostCertificatePath, d.localhostKeyPath);
      pair = readValidPair(d.localhostCertificatePath, d.localhostKeyPath, d.caCertificatePath);
      if (pair) log(`Generated a development certificate for localhost in ${d.certificateDirectory} (not trusted by the system).`);
    } catch (e) {
      log(`Could not create development certificates (${e && e.message ? e.message.split("\n")[0] : e}); using a self-signed one.`);
    }
  }
  return pair;
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const serving = Boolean(env && env.WEBPACK_SERVE);
  const officeJs = (process.env.OFFICE_JS || (dev ? "local" : "cdn")).toLowerCase();
  if (officeJs !== "cdn" && officeJs !== "local") throw new Error(`OFFICE_JS must be "cdn" or "local", not "${officeJs}"`);
  let baseUrl = dev ? DEV_URL : process.env.ADDIN_BASE_URL || DEV_URL;
  if (!baseUrl.endsWith("/")) baseUrl += "/";

  const files = customFunctionFiles();
  const notImported = filesNotImported(files);
  const plugins = [];
  if (files.length > 0) {
    plugins.push(new CustomFunctionsMetadataPlugin({ input: files, output: "functions.json" }));
  }

  const copies = [
    { from: "assets/*.png", to: "assets/[name][ext]" },
    { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
  ];
  if (files.length === 0) {
    copies.push({ from: "package.json", to: "functions.json", transform: () => JSON.stringify({ functions: [] }, null, 4) });
  }
  if (!dev) {
    copies.push({
      from: "manifest.xml",
      to: "manifest.xml",
      transform: (content) => (baseUrl === DEV_URL ? content : content.toString().split(DEV_URL).join(baseUrl)),
    });
  }
  if (officeJs === "local") {
    copies.push({
      from: "node_modules/@microsoft/office-js/dist",
      to: "office-js",
      info: { minimized: true }, // already minified: keep the minimizer off these 14 MB
      globOptions: {
        ignore: [
          "**/*.debug.js",
          "**/*vsdoc*",
          "**/*.d.ts",
          "**/*_strings.debug.js",
          "**/outlook_strings.js",
          ...["access", "onenote", "outlook", "powerpoint", "project", "visio", "word"].map((h) => `**/${h}*.js`),
        ],
      },
    });
  }
  plugins.push(new CopyWebpackPlugin({ patterns: copies }));
  plugins.push(
    new HtmlWebpackPlugin({
      filename: "taskpane.html",
      template: "./src/taskpane/taskpane.html",
      chunks: ["functions", "taskpane", "wizard"],
      chunksSortMode: "manual",
      inject: "head",
      scriptLoading: "defer",
      // Light minification that keeps attribute quotes and optional tags (readable, testable).
      minify: dev
        ? false
        : { collapseWhitespace: true, conservativeCollapse: true, removeComments: true, keepClosingSlash: true, removeAttributeQuotes: false, removeOptionalTags: false },
      templateParameters: (compilation) => ({
        officeJsUrl: officeJs === "cdn" ? OFFICE_JS_CDN : "office-js/office.js",
        functionList: functionListHtml(functionsOf(compilation)),
        functionCount: functionsOf(compilation).length,
        version: require("./package.json").version,
      }),
    }),
  );
  plugins.push(new AddinAssetsPlugin({ baseUrl, notImported }));

  return {
    mode: dev ? "development" : "production",
    target: "web",
    devtool: dev ? "source-map" : false,
    context: __dirname,
    entry: {
      // functions.ts imports every function file; any it misses is appended so that every
      // function listed in functions.json is also bound.
      functions: ["./src/functions/functions.ts", ...notImported],
      taskpane: "./src/taskpane/taskpane.ts",
      // The workbook wizard (React, Fluent UI, ExcelJS): its own bundle, so that taskpane.js
      // stays small and testable without a DOM.
      wizard: "./src/taskpane/wizard/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
      // Neither `window` nor `self`: the bundles must also load in a plain JavaScript context.
      globalObject: "globalThis",
      publicPath: "auto",
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              // Type checking is `npm run typecheck`. ES modules let webpack tree-shake mathjs.
              transpileOnly: true,
              compilerOptions: { module: "es2020", sourceMap: dev },
            },
          },
        },
      ],
    },
    optimization: {
      splitChunks: false,
      runtimeChunk: false,
      // HTML is minified by HtmlWebpackPlugin alone (attribute quotes kept); help.html stays as rendered.
      minimizeOptions: { html: false },
    },
    performance: { hints: false },
    plugins,
    devServer: serving
      ? {
          port: DEV_PORT,
          headers: { "Access-Control-Allow-Origin": "*" },
          server: { type: "https", options: await httpsOptions() },
          hot: false,
          liveReload: true,
          client: { overlay: { errors: true, warnings: false } },
          static: false,
          devMiddleware: { writeToDisk: false },
        }
      : undefined,
  };
};

module.exports.slugify = slugify;
module.exports.httpsOptions = httpsOptions;
module.exports.isCI = isCI;
module.exports.DEV_URL = DEV_URL;
module.exports.DEV_PORT = DEV_PORT;
module.exports.renderMarkdown = renderMarkdown;
module.exports.customFunctionFiles = customFunctionFiles;
