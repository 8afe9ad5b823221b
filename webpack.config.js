/**
 * webpack: builds the add-in into dist/: functions.js (every custom function, self-contained)
 * and functions.json (their metadata), taskpane.html (which also hosts functions.js: the shared
 * runtime) with taskpane.js and wizard.js, help.html (README.md), functions.zh-cn.json (the
 * metadata with Chinese descriptions, scripts/webpack/localize.js), assets/ and, in production,
 * manifest.xml. The pieces live in scripts/webpack/.
 *
 * Environment: OFFICE_JS=cdn|local (where the task pane loads office.js from; default cdn for
 * production, local for development), ADDIN_BASE_URL=https://host/path/ (production: the URL
 * dist/ is served from, written into manifest.xml and functions.json).
 */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { httpsOptions } = require("./scripts/webpack/certs");
const { customFunctionFiles } = require("./scripts/webpack/functions");
const { AddinAssetsPlugin, functionListHtml, functionsOf } = require("./scripts/webpack/help");
const { LocalizedFunctionsPlugin } = require("./scripts/webpack/localize");
const { coreFromFunctionsBundle } = require("./scripts/webpack/shared-core");
const { DEV_PORT, DEV_URL, OFFICE_JS_CDN } = require("./scripts/webpack/urls");

/** The Chinese descriptions of the functions (the task pane's Chinese function list). */
const ZH_FUNCTIONS = path.join(__dirname, "src", "functions", "i18n", "zh-cn.json");

/** The npm package's copy of office.js for development (the hosts this add-in does not use left out). */
const localOfficeJs = {
  from: "node_modules/@microsoft/office-js/dist",
  to: "office-js",
  info: { minimized: true },
  globOptions: {
    ignore: [
      "**/*.debug.js",
      "**/*vsdoc*",
      "**/*.d.ts",
      "**/outlook_strings.js",
      ...["access", "onenote", "outlook", "powerpoint", "project", "visio", "word"].map(
        (h) => `**/${h}*.js`
      ),
    ],
  },
};

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const officeJs = (process.env.OFFICE_JS || (dev ? "local" : "cdn")).toLowerCase();
  if (officeJs !== "cdn" && officeJs !== "local")
    throw new Error(`OFFICE_JS must be "cdn" or "local", not "${officeJs}"`);
  const baseUrl = dev ? DEV_URL : (process.env.ADDIN_BASE_URL || DEV_URL).replace(/\/?$/, "/");
  const toBaseUrl = (content) => content.toString().split(DEV_URL).join(baseUrl);
  return {
    mode: dev ? "development" : "production",
    target: "web",
    devtool: dev ? "source-map" : false,
    context: __dirname,
    entry: {
      // Its one chunk (the Chinese error messages) is found beside the page that loads it: a
      // plain JavaScript runtime has no script URL for "auto" to read.
      functions: { import: "./src/functions/functions.ts", publicPath: "" },
      taskpane: "./src/taskpane/taskpane.ts",
      wizard: "./src/taskpane/wizard/index.tsx",
    },
    // Neither `window` nor `self`: the bundles also load in a plain JavaScript context.
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      // Chunks loaded on demand: by the task pane (the .xlsx writer and reader, JSZip, the
      // trade-file reader) and by functions.js (the Chinese error messages).
      chunkFilename: "chunks/[name].[contenthash:8].js",
      clean: true,
      globalObject: "globalThis",
      publicPath: "auto",
    },
    externals: [coreFromFunctionsBundle],
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, compilerOptions: { module: "es2020", sourceMap: dev } },
          },
        },
      ],
    },
    // functions.js stays one self-contained chunk (Excel's custom functions runtime loads it alone);
    // only chunks loaded on demand are split (a library two of them use is loaded once). HTML is
    // minified by HtmlWebpackPlugin only (attribute quotes kept), help.html not at all.
    optimization: {
      splitChunks: { chunks: "async" },
      runtimeChunk: false,
      minimizeOptions: { html: false },
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ input: customFunctionFiles(), output: "functions.json" }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          // the README's screenshots, which help.html shows
          { from: "docs/images/*.png", to: "docs/images/[name][ext]" },
          { from: "docs/images/zh-CN/*.png", to: "docs/images/zh-CN/[name][ext]" },
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
          ...(dev ? [] : [{ from: "manifest.xml", to: "manifest.xml", transform: toBaseUrl }]),
          ...(officeJs === "local" ? [localOfficeJs] : []),
        ],
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane", "wizard"],
        chunksSortMode: "manual",
        inject: "head",
        scriptLoading: "defer",
        minify: dev
          ? false
          : {
              collapseWhitespace: true,
              conservativeCollapse: true,
              removeComments: true,
              keepClosingSlash: true,
            },
        templateParameters: (compilation) => ({
          officeJsUrl: officeJs === "cdn" ? OFFICE_JS_CDN : "office-js/office.js",
          functionList: functionListHtml(functionsOf(compilation)),
          functionListZh: functionListHtml(
            functionsOf(compilation),
            JSON.parse(require("fs").readFileSync(ZH_FUNCTIONS, "utf8"))
          ),
          functionCount: functionsOf(compilation).length,
          version: require("./package.json").version,
        }),
      }),
      new AddinAssetsPlugin({ baseUrl }),
      new LocalizedFunctionsPlugin(),
    ],
    devServer:
      env && env.WEBPACK_SERVE
        ? {
            port: DEV_PORT,
            headers: { "Access-Control-Allow-Origin": "*" },
            server: { type: "https", options: await httpsOptions() },
            hot: false,
            static: false,
            client: { overlay: { errors: true, warnings: false } },
          }
        : undefined,
  };
};
module.exports.DEV_PORT = DEV_PORT;
