/**
 * xl/styles.xml: one cell format (xf) per distinct combination of named style (STYLES), number
 * format, wrapping and unlocked protection that the cells use, and one differential format (dxf)
 * per distinct fill and font of the conditional formats.
 */
import { CellSpec, STYLES, StyleName } from "../spec";
import { NS_MAIN, XML_HEAD, escapeAttr } from "./xml";

/** Excel's built-in number formats by code (ids below 164 need no numFmt element). */
const BUILT_IN_FORMATS: Record<string, number> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "0.00E+00": 11,
  "# ?/?": 12,
  "# ??/??": 13,
  "@": 49,
};

const BORDER_COLOR = "FFBFBFBF";

function fontXml(name: StyleName | undefined): string {
  const st = name ? STYLES[name] : {};
  return (
    `<font>${st.bold ? "<b/>" : ""}${st.italic ? "<i/>" : ""}<sz val="${st.size ?? 11}"/>` +
    `${st.color ? `<color rgb="FF${st.color}"/>` : ""}<name val="Calibri"/><family val="2"/></font>`
  );
}

/** Ids of the parts a format is made of, each part written once (index = id). */
class PartTable {
  readonly xml: string[] = [];
  private readonly ids = new Map<string, number>();

  constructor(initial: string[]) {
    for (const x of initial) this.id(x);
  }

  id(xml: string): number {
    let i = this.ids.get(xml);
    if (i === undefined) {
      i = this.xml.length;
      this.ids.set(xml, i);
      this.xml.push(xml);
    }
    return i;
  }
}

export class StyleTable {
  private readonly fonts = new PartTable([fontXml(undefined)]);
  private readonly fills = new PartTable([
    '<fill><patternFill patternType="none"/></fill>',
    '<fill><patternFill patternType="gray125"/></fill>',
  ]);
  private readonly borders = new PartTable([
    "<border><left/><right/><top/><bottom/><diagonal/></border>",
  ]);
  private readonly numFmts = new Map<string, number>();
  private readonly xfs = new PartTable([
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
  ]);
  private readonly dxfs = new PartTable([]);
  /** xf index by the combination's key. */
  private readonly byKey = new Map<string, number>();

  /** The xf index of a cell (0 for a cell without format). */
  of(cell: CellSpec): number {
    const { style, numFmt } = cell;
    const wrap = !!(cell.wrap || (style && STYLES[style].wrap));
    if (!style && !numFmt && !wrap && !cell.input) return 0;
    const key = `${style ?? ""}|${numFmt ?? ""}|${wrap ? 1 : 0}|${cell.input ? 1 : 0}`;
    let i = this.byKey.get(key);
    if (i === undefined) {
      i = this.xfs.id(this.xfXml(style, numFmt, wrap, !!cell.input));
      this.byKey.set(key, i);
    }
    return i;
  }

  private xfXml(
    style: StyleName | undefined,
    numFmt: string | undefined,
    wrap: boolean,
    unlocked: boolean
  ): string {
    const st = style ? STYLES[style] : {};
    const fontId = this.fonts.id(fontXml(style));
    const fillId = st.fill
      ? this.fills.id(
          `<fill><patternFill patternType="solid"><fgColor rgb="FF${st.fill}"/><bgColor indexed="64"/></patternFill></fill>`
        )
      : 0;
    const side = (s: string) => `<${s} style="thin"><color rgb="${BORDER_COLOR}"/></${s}>`;
    const borderId = st.border
      ? this.borders.id(
          `<border>${side("left")}${side("right")}${side("top")}${side("bottom")}<diagonal/></border>`
        )
      : 0;
    const numFmtId = numFmt === undefined ? 0 : this.numFmtId(numFmt);
    let attrs = `numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"`;
    if (numFmtId) attrs += ' applyNumberFormat="1"';
    if (fontId) attrs += ' applyFont="1"';
    if (fillId) attrs += ' applyFill="1"';
    if (borderId) attrs += ' applyBorder="1"';
    if (wrap) attrs += ' applyAlignment="1"';
    if (unlocked) attrs += ' applyProtection="1"';
    const inner =
      (wrap ? '<alignment vertical="top" wrapText="1"/>' : "") +
      (unlocked ? '<protection locked="0"/>' : "");
    return inner ? `<xf ${attrs}>${inner}</xf>` : `<xf ${attrs}/>`;
  }

  private numFmtId(code: string): number {
    const builtIn = BUILT_IN_FORMATS[code];
    if (builtIn !== undefined) return builtIn;
    let id = this.numFmts.get(code);
    if (id === undefined) {
      id = 164 + this.numFmts.size;
      this.numFmts.set(code, id);
    }
    return id;
  }

  /** The dxf index of a conditional format's fill and font colours (RRGGBB). */
  dxf(fill: string, font?: string): number {
    return this.dxfs.id(
      `<dxf>${font ? `<font><color rgb="FF${font}"/></font>` : ""}<fill><patternFill patternType="solid"><bgColor rgb="FF${fill}"/></patternFill></fill></dxf>`
    );
  }

  /** xl/styles.xml. */
  xml(): string {
    const list = (tag: string, items: string[]) =>
      `<${tag} count="${items.length}">${items.join("")}</${tag}>`;
    const numFmts = [...this.numFmts].map(
      ([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeAttr(code)}"/>`
    );
    return (
      `${XML_HEAD}<styleSheet xmlns="${NS_MAIN}">` +
      (numFmts.length > 0 ? list("numFmts", numFmts) : "") +
      list("fonts", this.fonts.xml) +
      list("fills", this.fills.xml) +
      list("borders", this.borders.xml) +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      list("cellXfs", this.xfs.xml) +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      list("dxfs", this.dxfs.xml) +
      '<tableStyles count="0"/></styleSheet>'
    );
  }
}
