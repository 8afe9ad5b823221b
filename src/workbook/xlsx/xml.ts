/** XML text for the parts of an .xlsx package: escaping, and parts as UTF-8 bytes built in pieces. */

export const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
export const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const NS_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

const TEXT_SPECIAL = /[&<>]/;
const ATTR_SPECIAL = /[&<>"]/;

/** `s` as XML character data (& < > escaped). */
export function escapeText(s: string): string {
  if (!TEXT_SPECIAL.test(s)) return s;
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** `s` as a double-quoted XML attribute value (& < > " escaped, line breaks kept). */
export function escapeAttr(s: string): string {
  let out = ATTR_SPECIAL.test(s)
    ? s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;")
    : s;
  if (/[\n\t]/.test(out)) out = out.replace(/\n/g, "&#10;").replace(/\t/g, "&#9;");
  return out;
}

/**
 * A cell's text as a `<t>` element: escaped, spaces at either end kept (xml:space="preserve"),
 * and text that looks like Excel's escape of a character (`_x0041_`) escaped in turn, so that it
 * reads back as typed.
 */
export function textElement(s: string): string {
  let body = escapeText(s);
  if (body.includes("_x")) body = body.replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1");
  const n = s.length;
  const preserve = n > 0 && (s.charCodeAt(0) <= 32 || s.charCodeAt(n - 1) <= 32);
  return preserve ? `<t xml:space="preserve">${body}</t>` : `<t>${body}</t>`;
}

/**
 * A part being written: pieces of text appended and encoded to UTF-8 about every megabyte, so
 * that a sheet of a million cells never lives as one large string.
 */
export class PartWriter {
  private pieces: string[] = [];
  private length = 0;
  private readonly chunks: Uint8Array[] = [];
  private readonly encoder = new TextEncoder();

  push(s: string): void {
    this.pieces.push(s);
    this.length += s.length;
    if (this.length > 1 << 20) this.flush();
  }

  private flush(): void {
    if (this.pieces.length === 0) return;
    this.chunks.push(this.encoder.encode(this.pieces.join("")));
    this.pieces = [];
    this.length = 0;
  }

  /** The part's bytes (the writer is empty afterwards). */
  bytes(): Uint8Array {
    this.flush();
    const total = this.chunks.reduce((n, c) => n + c.length, 0);
    const out = new Uint8Array(total);
    let at = 0;
    for (const c of this.chunks) {
      out.set(c, at);
      at += c.length;
    }
    this.chunks.length = 0;
    return out;
  }
}
