/**
 * Localized custom-function metadata: functions.zh-cn.json, which manifest.xml's
 * `<bt:Override Locale="zh-CN">` on Functions.Metadata.Url points Excel at when its language is
 * Chinese. It is functions.json (generated from the JSDoc) with the function and parameter
 * descriptions taken from the translation table src/functions/i18n/zh-cn.json; ids, names
 * (what is typed in cells), parameter names, types, optional flags, results and help links stay
 * exactly as in functions.json.
 *
 * The build fails (a compilation error) when a function or parameter has no translation, when
 * the table translates a function or parameter that no longer exists, or when a translation has
 * no Chinese in it.
 */
const fs = require("fs");
const path = require("path");
const webpack = require("webpack");

const ROOT = path.resolve(__dirname, "..", "..");
/** Locale (as in the manifest), translation table and emitted file of each localized metadata. */
const LOCALES = [
  {
    locale: "zh-CN",
    table: path.join(ROOT, "src", "functions", "i18n", "zh-cn.json"),
    asset: "functions.zh-cn.json",
  },
];

/** True when the text holds a CJK ideograph. */
function hasCjk(text) {
  return /[\u3400-\u9fff\uf900-\ufaff]/u.test(String(text));
}

/**
 * The metadata with descriptions from the table, and every problem found (empty when the table
 * and the metadata match one to one). Table: { [id]: { description, parameters: { [name]: text } } }.
 */
function localizeMetadata(metadata, table) {
  const problems = [];
  const functions = Array.isArray(metadata && metadata.functions) ? metadata.functions : [];
  const entries = table && typeof table === "object" ? table : {};
  const own = (o, k) => o !== null && typeof o === "object" && Object.hasOwn(o, k);
  const text = (value, where) => {
    if (typeof value !== "string" || value.trim() === "") {
      problems.push(`${where} has no translation`);
      return undefined;
    }
    if (!hasCjk(value)) problems.push(`${where}: the translation has no Chinese ("${value}")`);
    return value;
  };
  const localized = functions.map((f) => {
    if (!own(entries, f.id)) {
      problems.push(`function ${f.id} has no translation`);
      return f;
    }
    const entry = entries[f.id] || {};
    const params = own(entry, "parameters") ? entry.parameters || {} : {};
    const out = { ...f };
    const description = text(entry.description, `function ${f.id}`);
    if (description !== undefined) out.description = description;
    const names = new Set();
    if (Array.isArray(f.parameters)) {
      out.parameters = f.parameters.map((p) => {
        names.add(p.name);
        const where = `parameter ${p.name} of ${f.id}`;
        if (!own(params, p.name)) {
          problems.push(`${where} has no translation`);
          return p;
        }
        const d = text(params[p.name], where);
        return d === undefined ? p : { ...p, description: d };
      });
    }
    for (const name of Object.keys(params))
      if (!names.has(name))
        problems.push(`translation of parameter ${name} of ${f.id}: ${f.id} has no such parameter`);
    return out;
  });
  const ids = new Set(functions.map((f) => f.id));
  for (const id of Object.keys(entries))
    if (!ids.has(id)) problems.push(`translation of function ${id}: no such function`);
  return { metadata: { ...metadata, functions: localized }, problems };
}

/** Emits each localized metadata file next to functions.json; fails the build on any problem. */
class LocalizedFunctionsPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("LocalizedFunctionsPlugin", (compilation) => {
      for (const { table } of LOCALES) compilation.fileDependencies.add(table);
      compilation.hooks.processAssets.tap(
        // after AddinAssetsPlugin (ADDITIONAL) has put the deployment URL into functions.json
        {
          name: "LocalizedFunctionsPlugin",
          stage: webpack.Compilation.PROCESS_ASSETS_STAGE_DERIVED,
        },
        () => {
          const json = compilation.getAsset("functions.json");
          if (!json) return; // CustomFunctionsMetadataPlugin reported why
          const metadata = JSON.parse(json.source.source().toString());
          for (const { table, asset } of LOCALES) {
            let entries;
            try {
              entries = JSON.parse(fs.readFileSync(table, "utf8"));
            } catch (e) {
              compilation.errors.push(
                new webpack.WebpackError(`${asset}: cannot read ${table}: ${e.message}`)
              );
              continue;
            }
            const { metadata: localized, problems } = localizeMetadata(metadata, entries);
            if (problems.length > 0) {
              compilation.errors.push(
                new webpack.WebpackError(
                  `${asset}: ${path.relative(ROOT, table)} does not match functions.json (${problems.length} problem(s)):\n  ${problems.join("\n  ")}`
                )
              );
              continue;
            }
            compilation.emitAsset(
              asset,
              new webpack.sources.RawSource(JSON.stringify(localized, null, 4))
            );
          }
        }
      );
    });
  }
}

module.exports = { LOCALES, LocalizedFunctionsPlugin, hasCjk, localizeMetadata };
