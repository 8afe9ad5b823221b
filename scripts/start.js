#!/usr/bin/env node
/**
 * `npm start` and `npm stop`. Never reads standard input, so it cannot hang on a prompt.
 *
 *   npm start                          Windows/macOS with Excel desktop: dev server + sideload into
 *                                      Excel desktop (office-addin-debugging start manifest.xml desktop).
 *                                      Linux, CI, or no Excel desktop found: the dev server only
 *                                      (https://localhost:3000, in the foreground) and printed
 *                                      instructions for Excel on the web.
 *   npm start -- desktop               force the Excel desktop route (Windows/macOS only)
 *   npm start -- serve                 force the dev-server-only route
 *   npm start -- web --document URL    Excel on the web: dev server, then the sideload URL for the
 *                                      workbook at URL (office-addin-debugging's web mode)
 *   npm stop                           stops what npm start started (node scripts/start.js stop)
 *
 * Usage data of the office-addin tools is turned off before any of them runs.
 */
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawn, spawnSync } = require("child_process");

const ROOT = path.resolve(__dirname, "..");
const MANIFEST = path.join(ROOT, "manifest.xml");
/** office-addin-debugging keeps the dev server's pid here; sharing it lets either tool stop the other's server. */
const PID_FILE = path.join(os.tmpdir(), "office-addin-debugging.json");

function isCI() {
  const v = String(process.env.CI || "").toLowerCase();
  return v !== "" && v !== "false" && v !== "0";
}

function binScript(pkg, rel) {
  return require.resolve(`${pkg}/${rel}`, { paths: [ROOT] });
}

/** Runs a node CLI script with no standard input; returns its exit code. */
function runNode(script, args) {
  const r = spawnSync(process.execPath, [script, ...args], {
    cwd: ROOT,
    stdio: ["ignore", "inherit", "inherit"],
    env: process.env,
  });
  if (r.error) throw r.error;
  return r.status === null ? 1 : r.status;
}

/** Turns off the office-addin tools' usage data (every installed copy of the package). */
function usageDataOff() {
  const scripts = new Set();
  try {
    scripts.add(binScript("office-addin-usage-data", "lib/cli.js"));
  } catch {
    /* not installed */
  }
  for (const dir of [
    "custom-functions-metadata",
    "office-addin-debugging",
    "office-addin-dev-certs",
    "office-addin-manifest",
  ]) {
    const nested = path.join(
      ROOT,
      "node_modules",
      dir,
      "node_modules",
      "office-addin-usage-data",
      "lib",
      "cli.js"
    );
    if (fs.existsSync(nested)) scripts.add(nested);
  }
  for (const s of scripts) {
    const r = spawnSync(process.execPath, [s, "off"], {
      cwd: ROOT,
      stdio: ["ignore", "ignore", "ignore"],
      timeout: 30000,
    });
    if (r.status !== 0)
      console.warn(`(could not run office-addin-usage-data off: ${path.relative(ROOT, s)})`);
  }
}

/** Parses `[mode] [--document URL] [rest…]`. */
function parseArgs(argv) {
  const out = {
    mode: undefined,
    document: process.env.npm_package_config_document || undefined,
    rest: [],
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--document") out.document = argv[++i];
    else if (a.startsWith("--document=")) out.document = a.slice("--document=".length);
    else if (!out.mode && !a.startsWith("-")) out.mode = a;
    else out.rest.push(a);
  }
  return out;
}

/** True when Excel desktop seems installed (checked at its usual locations). */
function excelDesktopInstalled() {
  if (process.platform === "darwin") return fs.existsSync("/Applications/Microsoft Excel.app");
  if (process.platform === "win32") {
    const roots = [
      process.env.ProgramFiles,
      process.env["ProgramFiles(x86)"],
      process.env.ProgramW6432,
    ].filter(Boolean);
    const rel = [
      ["Microsoft Office", "root", "Office16", "EXCEL.EXE"],
      ["Microsoft Office", "Office16", "EXCEL.EXE"],
      ["Microsoft Office", "root", "Office15", "EXCEL.EXE"],
    ];
    return roots.some((r) => rel.some((p) => fs.existsSync(path.join(r, ...p))));
  }
  return false;
}

function readPid() {
  try {
    const info = JSON.parse(fs.readFileSync(PID_FILE, "utf8"));
    return info && info.devServer && Number(info.devServer.processId);
  } catch {
    return undefined;
  }
}

function savePid(pid) {
  try {
    fs.writeFileSync(PID_FILE, JSON.stringify({ devServer: { processId: pid } }, null, 4));
  } catch {
    /* only `npm stop` needs it */
  }
}

function clearPid(pid) {
  if (readPid() === pid) {
    try {
      fs.unlinkSync(PID_FILE);
    } catch {
      /* already gone */
    }
  }
}

// ---------------------------------------------------------------- desktop (office-addin-debugging)

function startDesktop(args) {
  const cli = binScript("office-addin-debugging", "lib/cli.js");
  const code = runNode(cli, ["start", MANIFEST, "desktop", "--app", "excel", ...args.rest]);
  if (code === 0) {
    console.log(
      "\nExcel opens with the add-in: Home › Evaluation opens the task pane; type =AHP.WEIGHTS( in a cell."
    );
    console.log(
      "The dev server keeps running in the background; `npm stop` stops it and removes the add-in."
    );
  }
  return code;
}

function startWebDelegated(args) {
  const cli = binScript("office-addin-debugging", "lib/cli.js");
  return runNode(cli, [
    "start",
    MANIFEST,
    "web",
    "--app",
    "excel",
    "--document",
    args.document,
    ...args.rest,
  ]);
}

// ---------------------------------------------------------------- dev server in this process

async function sideloadUrl(documentUrl) {
  const { OfficeAddinManifest } = require(
    require.resolve("office-addin-manifest", { paths: [ROOT] })
  );
  const { generateSideloadUrl } = require(
    require.resolve("office-addin-dev-settings", { paths: [ROOT] })
  );
  const manifest = await OfficeAddinManifest.readManifestFile(MANIFEST);
  return generateSideloadUrl(path.basename(MANIFEST), manifest, documentUrl);
}

function instructions(base, opts) {
  const lines = [
    "",
    "────────────────────────────────────────────────────────────────────────────",
    ` Low-Carbon Evaluation add-in: dev server running at ${base}`,
    "",
    ` Task pane page:  ${base}taskpane.html`,
    ` Functions:       ${base}functions.js and ${base}functions.json`,
    ` Help:            ${base}help.html`,
    "",
  ];
  if (opts.certNote) lines.push(...opts.certNote.map((l) => ` ${l}`), "");
  if (opts.sideloadUrl) {
    lines.push(
      " Open this URL in your browser to open the workbook with the add-in sideloaded:",
      `   ${opts.sideloadUrl}`,
      ""
    );
  } else {
    lines.push(
      ` ${opts.why}`,
      " Use the add-in in Excel on the web:",
      "   1. Open a workbook at https://www.office.com (Excel on the web).",
      "   2. Home › Add-ins › More Add-ins (or Insert › Add-ins) › Upload My Add-in.",
      `   3. Browse to ${MANIFEST} and upload it.`,
      "   4. Home › Evaluation opens the task pane; type =AHP.WEIGHTS( in a cell.",
      " Or let this script build the sideload link for a workbook:",
      '   npm start -- web --document "<URL of the workbook in Excel on the web>"',
      ""
    );
  }
  lines.push(
    " Stop with Ctrl+C, or `npm stop` from another terminal.",
    "────────────────────────────────────────────────────────────────────────────",
    ""
  );
  return lines.join("\n");
}

async function serve(args, why) {
  const webpack = require(require.resolve("webpack", { paths: [ROOT] }));
  const WebpackDevServer = require(require.resolve("webpack-dev-server", { paths: [ROOT] }));
  const makeConfig = require(path.join(ROOT, "webpack.config.js"));
  const port = makeConfig.DEV_PORT;
  const base = `https://localhost:${port}/`;

  const config = await makeConfig({ WEBPACK_SERVE: true }, { mode: "development" });
  const trusted =
    Boolean(config.devServer.server.options && config.devServer.server.options.cert) &&
    !isCI() &&
    process.platform !== "linux";
  const certNote = trusted
    ? undefined
    : [
        "Certificate: the server uses a development certificate that this system does not trust.",
        `Open ${base}taskpane.html once and accept the certificate warning (the browser`,
        "must accept it before Excel on the web can load the add-in), or trust the development",
        "CA with `sudo npx office-addin-dev-certs install` and restart the browser.",
      ];
  config.devServer.setupExitSignals = false;
  config.infrastructureLogging = { level: "warn" };
  config.stats = "errors-warnings";

  const compiler = webpack(config);
  const server = new WebpackDevServer(config.devServer, compiler);

  let link;
  if (args.document) {
    try {
      link = await sideloadUrl(args.document);
    } catch (e) {
      console.error(`Could not build the sideload URL: ${e && e.message ? e.message : e}`);
    }
  }

  let printed = false;
  compiler.hooks.done.tap("start.js", (stats) => {
    if (printed) return;
    printed = true;
    if (stats.hasErrors())
      console.error(
        "The first build has errors (see above); the server keeps running and rebuilds on change."
      );
    console.log(instructions(base, { certNote, sideloadUrl: link, why }));
    if (link && (process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !isCI()) {
      try {
        const child = spawn("xdg-open", [link], { detached: true, stdio: "ignore" });
        child.on("error", () => {});
        child.unref();
      } catch {
        /* printing the link is enough */
      }
    }
  });

  let stopping = false;
  const stop = async (signal) => {
    if (stopping) return;
    stopping = true;
    console.log(`\nStopping the dev server (${signal})…`);
    clearPid(process.pid);
    try {
      await server.stop();
    } catch {
      /* exiting anyway */
    }
    process.exit(0);
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGHUP", () => stop("SIGHUP"));

  try {
    await server.start();
  } catch (e) {
    if (e && e.code === "EADDRINUSE") {
      console.error(
        `Port ${port} is already in use: is the dev server already running? \`npm stop\` stops it.`
      );
      return 1;
    }
    throw e;
  }
  savePid(process.pid);
  return undefined; // keep running
}

// ---------------------------------------------------------------- stop

function stop() {
  if ((process.platform === "win32" || process.platform === "darwin") && !isCI()) {
    usageDataOff();
    const cli = binScript("office-addin-debugging", "lib/cli.js");
    return runNode(cli, ["stop", MANIFEST]);
  }
  const pid = readPid();
  if (!pid) {
    console.log("No dev server started by `npm start` is recorded; nothing to stop.");
    return 0;
  }
  try {
    process.kill(pid, "SIGTERM");
    console.log(`Stopped the dev server (process ${pid}).`);
  } catch (e) {
    console.log(
      e && e.code === "ESRCH"
        ? `The dev server (process ${pid}) was no longer running.`
        : `Could not stop process ${pid}: ${e.message}`
    );
  }
  try {
    fs.unlinkSync(PID_FILE);
  } catch {
    /* already gone */
  }
  return 0;
}

// ---------------------------------------------------------------- main

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.mode === "stop") return stop();
  if (args.mode && !["desktop", "web", "serve"].includes(args.mode)) {
    console.error(
      `Unknown mode "${args.mode}". Use: npm start [-- desktop | serve | web --document <workbook URL>]`
    );
    return 2;
  }
  usageDataOff();
  const desktopOS = process.platform === "win32" || process.platform === "darwin";

  if (args.mode === "web") {
    if (!args.document) {
      console.error(
        'Excel on the web needs the workbook\'s URL: npm start -- web --document "<URL of a workbook in Excel on the web>"'
      );
      return 2;
    }
    if (desktopOS && !isCI()) return startWebDelegated(args);
    return serve(args, "");
  }
  if (args.mode === "serve") return serve(args, "Serving only (npm start -- serve).");
  if (args.mode === "desktop") {
    if (desktopOS) return startDesktop(args);
    return serve(
      args,
      `Excel desktop does not run on ${process.platform}; serving for Excel on the web instead.`
    );
  }
  // Automatic choice.
  if (isCI()) return serve(args, "CI: serving only; no Excel is started.");
  if (!desktopOS)
    return serve(
      args,
      `Excel desktop does not run on ${process.platform === "linux" ? "Linux" : process.platform}.`
    );
  if (!excelDesktopInstalled()) {
    return serve(
      args,
      "Excel desktop was not found at its usual location (use `npm start -- desktop` to try anyway)."
    );
  }
  return startDesktop(args);
}

main().then(
  (code) => {
    if (code !== undefined) process.exit(code);
  },
  (e) => {
    console.error(e && e.stack ? e.stack : e);
    process.exit(1);
  }
);
