/**
 * Every custom function of the source tree, found the way the metadata generator finds them:
 * an `@customfunction ID` JSDoc tag followed by an exported function.
 */
import * as fs from "fs";
import * as path from "path";

export interface Registered {
  id: string;
  name: string;
  file: string;
  fn: (...args: unknown[]) => unknown;
}

const DIR = path.join(__dirname, "../../src/functions");

export function registeredFunctions(): Registered[] {
  const out: Registered[] = [];
  for (const file of fs
    .readdirSync(DIR)
    .filter((f) => f.endsWith(".ts"))
    .sort()) {
    const text = fs.readFileSync(path.join(DIR, file), "utf8");
    const re = /@customfunction\s+(\S+)[\s\S]*?export function (\w+)\s*\(/g;
    let m: RegExpExecArray | null;

    const mod = require(path.join(DIR, file));
    while ((m = re.exec(text))) out.push({ id: m[1], name: m[2], file, fn: mod[m[2]] });
  }
  return out;
}
