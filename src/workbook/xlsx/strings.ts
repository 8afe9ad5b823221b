/** The shared strings table of an .xlsx: each distinct text stored once, cells naming it by index. */
import { NS_MAIN, PartWriter, XML_HEAD, textElement } from "./xml";

export class SharedStrings {
  private readonly index = new Map<string, number>();
  private readonly texts: string[] = [];
  /** Cells that name a string (Excel's `count`; the table holds `texts.length`). */
  private uses = 0;

  /** The index of `text`, added when new. */
  of(text: string): number {
    this.uses++;
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.texts.length;
      this.index.set(text, i);
      this.texts.push(text);
    }
    return i;
  }

  /** xl/sharedStrings.xml. */
  bytes(): Uint8Array {
    const w = new PartWriter();
    w.push(
      `${XML_HEAD}<sst xmlns="${NS_MAIN}" count="${this.uses}" uniqueCount="${this.texts.length}">`
    );
    for (const t of this.texts) w.push(`<si>${textElement(t)}</si>`);
    w.push("</sst>");
    return w.bytes();
  }
}
