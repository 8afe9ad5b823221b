/** The very hidden _EvalMeta sheet: the model and the address of every input cell, so a rebuild keeps what was typed. */
import type { BuildContext } from "./context";

/**
 * JSON with every character beyond ASCII written as a \u escape: cut into cells anywhere, it
 * never splits a character, and any text of the model (emoji, U+FFFE, a lone surrogate) reads
 * back exactly.
 */
export function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u007F-\uFFFF]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
}

/** Characters per cell of the stored model (Excel holds at most 32,767 per cell). */
const CHUNK = 30000;

export function buildMetaSheet(ctx: BuildContext): void {
  const sh = ctx.sheet("meta");
  sh.spec.hidden = true;
  sh.put(0, 0, { value: "Low-carbon evaluation add-in: workbook description (do not edit)" });
  const json = asciiJson({ version: 1, model: ctx.model, names: ctx.names });
  sh.put(1, 0, { value: "model" });
  for (let i = 0, c = 1; i < json.length; i += CHUNK, c++)
    sh.put(1, c, { value: json.slice(i, i + CHUNK) });
  sh.put(3, 0, { value: "key", style: "header" });
  sh.put(3, 1, { value: "sheet", style: "header" });
  sh.put(3, 2, { value: "address", style: "header" });
  let r = 4;
  for (const [key, at] of ctx.inputCells) {
    sh.put(r, 0, { value: key });
    sh.put(r, 1, { value: at.sheet });
    sh.put(r, 2, { value: at.address });
    r++;
  }
}
