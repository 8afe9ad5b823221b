/**
 * Reads the cached cell values of an .xlsx package directly from its XML (ExcelJS drops a
 * formula's cached result when it is 0, so it cannot be used to check recalculated values).
 */
import JSZip from "jszip";

export type CachedValue = number | string | boolean | { error: string } | null;

function decode(s: string): string {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

/** sheet name → (address → cached value), and the formulas by the same addresses. */
export async function readCachedValues(
  bytes: Uint8Array | Buffer
): Promise<Map<string, { values: Map<string, CachedValue>; formulas: Map<string, string> }>> {
  const zip = await JSZip.loadAsync(bytes);
  const text = async (p: string) => (await zip.file(p)?.async("string")) ?? "";
  const workbook = await text("xl/workbook.xml");
  const rels = await text("xl/_rels/workbook.xml.rels");
  const shared: string[] = [];
  for (const si of (await text("xl/sharedStrings.xml")).match(/<si>[\s\S]*?<\/si>/g) ?? []) {
    shared.push(
      decode(
        (si.match(/<t[^>]*>([\s\S]*?)<\/t>/g) ?? []).map((t) => t.replace(/<[^>]+>/g, "")).join("")
      )
    );
  }
  const out = new Map<
    string,
    { values: Map<string, CachedValue>; formulas: Map<string, string> }
  >();
  for (const m of workbook.matchAll(/<sheet [^>]*?name="([^"]+)"[^>]*?r:id="([^"]+)"/g)) {
    const target =
      new RegExp(`<Relationship[^>]*Id="${m[2]}"[^>]*Target="([^"]+)"`).exec(rels) ??
      new RegExp(`<Relationship[^>]*Target="([^"]+)"[^>]*Id="${m[2]}"`).exec(rels);
    if (!target) continue;
    const xml = await text(`xl/${target[1].replace(/^\/?xl\//, "")}`);
    const values = new Map<string, CachedValue>();
    const formulas = new Map<string, string>();
    for (const c of xml.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const [, ref, attrs, body = ""] = c;
      const t = /t="(\w+)"/.exec(attrs)?.[1] ?? "n";
      const f = /<f[^>]*>([\s\S]*?)<\/f>/.exec(body);
      if (f) formulas.set(ref, decode(f[1]));
      const v = /<v>([\s\S]*?)<\/v>/.exec(body);
      const is = /<is>[\s\S]*?<t[^>]*>([\s\S]*?)<\/t>/.exec(body);
      let value: CachedValue = null;
      if (t === "s" && v) value = shared[Number(v[1])];
      else if (t === "str" || t === "inlineStr") value = v ? decode(v[1]) : is ? decode(is[1]) : "";
      else if (t === "b" && v) value = v[1] === "1";
      else if (t === "e" && v) value = { error: v[1] };
      else if (v) value = Number(v[1]);
      values.set(ref, value);
    }
    out.set(decode(m[1]), { values, formulas });
  }
  return out;
}

/** The workbook's defined names: name → "Sheet!$A$1" reference (quotes removed). */
export async function definedNames(
  bytes: Uint8Array | Buffer
): Promise<Map<string, { sheet: string; address: string }>> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const out = new Map<string, { sheet: string; address: string }>();
  for (const m of xml.matchAll(/<definedName[^>]*name="([^"]+)"[^>]*>([^<]+)<\/definedName>/g)) {
    const ref = decode(m[2]);
    const bang = ref.lastIndexOf("!");
    out.set(m[1], {
      sheet: ref.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'"),
      address: ref.slice(bang + 1).replace(/\$/g, ""),
    });
  }
  return out;
}
