/**
 * A small in-memory stand-in for the part of the Excel JavaScript API that
 * src/workbook/writeOffice.ts uses. It keeps cell formulas per sheet, names, charts and
 * protection, and counts context.sync() calls. `failOnSync` makes the n-th sync throw, as
 * Excel does when an operation fails mid-way.
 */
import { addr, parseAddr } from "../../src/workbook/spec";

type Grid = Map<string, unknown>;

/** The cells of an address list ("A1:B2,C3"; sheet prefixes and whole columns skipped). */
export function cellsIn(address: string): string[] {
  const out: string[] = [];
  for (const part of address.split(",")) {
    const [a, b] = part.replace(/\$/g, "").replace(/^.*!/, "").split(":");
    if (/^[A-Z]+$/.test(a)) continue; // whole columns (widths)
    const p = parseAddr(a);
    const q = parseAddr(b ?? a);
    for (let r = p.r; r <= q.r; r++) for (let c = p.c; c <= q.c; c++) out.push(addr(r, c));
  }
  return out;
}

export class FakeRange {
  format: any;
  dataValidation: any;
  conditionalFormats: any;
  isNullObject = false;
  constructor(
    readonly sheet: FakeSheet,
    readonly address: string
  ) {
    const fmt = (key: string) => (v: unknown) => sheet.formats.set(`${address}|${key}`, v);
    const obj: any = {};
    this.format = new Proxy(obj, {
      get: (_t, p: string) => {
        if (p === "borders") return { getItem: () => ({}) };
        if (p === "protection") {
          return {
            set locked(v: boolean) {
              for (const a of cellsIn(address)) sheet.locked.set(a, v);
            },
          };
        }
        if (p === "fill" || p === "font")
          return new Proxy({}, { set: (_o, k: string, v) => (fmt(`${p}.${k}`)(v), true) });
        return undefined;
      },
      set: (_t, p: string, v) => (fmt(p)(v), true),
    });
    this.dataValidation = {
      clear: () => sheet.validations.delete(address),
      set rule(v: unknown) {
        sheet.validations.set(address, v);
      },
      set prompt(_v: unknown) {
        /* recorded with the rule */
      },
      set errorAlert(_v: unknown) {
        /* recorded with the rule */
      },
    };
    this.conditionalFormats = {
      add: () => {
        const cf = {
          custom: { rule: { formula: "" }, format: { fill: { color: "" }, font: { color: "" } } },
        };
        sheet.conditional.push({ address, cf });
        return cf;
      },
      clearAll: () => (sheet.conditional = sheet.conditional.filter((c) => c.address !== address)),
    };
  }
  set numberFormat(grid: unknown[][]) {
    const { r, c } = parseAddr(this.address.split(":")[0]);
    grid.forEach((row, i) =>
      row.forEach((v, j) => {
        if (v !== null) this.sheet.formats.set(`${addr(r + i, c + j)}|numberFormat`, v);
      })
    );
  }
  set formulas(grid: unknown[][]) {
    const { r, c } = parseAddr(this.address.split(":")[0]);
    grid.forEach((row, i) =>
      row.forEach((v, j) => {
        if (v === null) return;
        const a = addr(r + i, c + j);
        this.sheet.formulaCells.delete(a);
        if (v === "") this.sheet.cells.delete(a);
        // As in Excel, a leading apostrophe makes the rest text and is not part of the value;
        // other text starting with =, +, - or @ (and not a number) is read as a formula.
        else if (typeof v === "string" && v.startsWith("'")) this.sheet.cells.set(a, v.slice(1));
        else {
          if (typeof v === "string" && /^[=+\-@]/.test(v) && !Number.isFinite(Number(v)))
            this.sheet.formulaCells.add(a);
          this.sheet.cells.set(a, v);
        }
      })
    );
  }
  get formulas(): unknown[][] {
    const [a, b] = this.address.split(":");
    const p = parseAddr(a);
    const q = parseAddr(b ?? a);
    const out: unknown[][] = [];
    for (let r = p.r; r <= q.r; r++) {
      const row: unknown[] = [];
      for (let c = p.c; c <= q.c; c++) row.push(this.sheet.cells.get(addr(r, c)) ?? "");
      out.push(row);
    }
    return out;
  }
  /** Records hidden columns ("K:P" → K … P) as Excel's columnHidden does. */
  set columnHidden(v: boolean) {
    this.sheet.columnsHidden.set(this.address, v);
  }
  group(by: string) {
    this.sheet.groups.push(`${by}|${this.address}`);
  }
  merge() {
    this.sheet.merges.add(this.address);
  }
  /** Undoes every merge inside this range. */
  unmerge() {
    const [a, b] = this.address.split(":");
    const p = parseAddr(a);
    const q = parseAddr(b ?? a);
    for (const m of [...this.sheet.merges]) {
      const x = parseAddr(m.split(":")[0]);
      if (x.r >= p.r && x.r <= q.r && x.c >= p.c && x.c <= q.c) this.sheet.merges.delete(m);
    }
  }
  load(): this {
    return this;
  }
}

class UsedRange {
  isNullObject: boolean;
  formulas: unknown[][] = [];
  rowIndex = 0;
  columnIndex = 0;
  constructor(sheet: FakeSheet) {
    const keys = [...sheet.cells.keys()].map(parseAddr);
    this.isNullObject = keys.length === 0;
    if (this.isNullObject) return;
    // Loops, not Math.min(...spread): a sheet can hold hundreds of thousands of cells.
    let [r1, r2, c1, c2] = [Infinity, -Infinity, Infinity, -Infinity];
    for (const k of keys) {
      r1 = Math.min(r1, k.r);
      r2 = Math.max(r2, k.r);
      c1 = Math.min(c1, k.c);
      c2 = Math.max(c2, k.c);
    }
    this.rowIndex = r1;
    this.columnIndex = c1;
    for (let r = r1; r <= r2; r++) {
      const row: unknown[] = [];
      const values: unknown[] = [];
      for (let c = c1; c <= c2; c++) {
        const v = sheet.cells.get(addr(r, c)) ?? "";
        row.push(v);
        values.push(sheet.formulaCells.has(addr(r, c)) ? `(result of ${String(v)})` : v);
      }
      this.formulas.push(row);
      this.values.push(values);
    }
  }
  /** As in Excel, a formula cell's value is its result (here a stand-in text), not the formula. */
  values: unknown[][] = [];
  load(): this {
    return this;
  }
}

export class FakeSheet {
  cells: Grid = new Map();
  /** Cells written as formulas (text given to `formulas` that Excel reads as one). */
  formulaCells = new Set<string>();
  formats = new Map<string, unknown>();
  locked = new Map<string, boolean>();
  validations = new Map<string, unknown>();
  conditional: { address: string; cf: unknown }[] = [];
  chartList: any[] = [];
  /** columnHidden by the whole-column address it was set on. */
  columnsHidden = new Map<string, boolean>();
  /** `group` calls: "ByColumns|K:P". */
  groups: string[] = [];
  merges = new Set<string>();
  /** The frozen panes: rows and columns. */
  frozen: { rows: number; columns: number } | null = null;
  /** The page layout as set: orientation, zoom, print area and title rows. */
  page: { orientation?: string; zoom?: unknown; printArea?: string; titleRows?: string } = {};
  protectedState = false;
  visibility = "Visible";
  constructor(
    public name: string,
    readonly book: FakeWorkbook
  ) {}
  getRange(address: string) {
    return new FakeRange(this, address);
  }
  getRanges(address: string) {
    return new FakeRange(this, address);
  }
  getUsedRangeOrNullObject() {
    return new UsedRange(this);
  }
  get protection() {
    return {
      protect: () => (this.protectedState = true),
      unprotect: () => (this.protectedState = false),
    };
  }
  get freezePanes() {
    return {
      freezeAt: (range: FakeRange) => {
        const q = parseAddr(range.address.split(":")[1] ?? range.address);
        this.frozen = { rows: q.r + 1, columns: q.c + 1 };
      },
      freezeRows: (n: number) => (this.frozen = { rows: n, columns: 0 }),
      freezeColumns: (n: number) => (this.frozen = { rows: 0, columns: n }),
    };
  }
  get pageLayout() {
    const page = this.page;
    return {
      set orientation(v: string) {
        page.orientation = v;
      },
      set zoom(v: unknown) {
        page.zoom = v;
      },
      setPrintArea: (a: string) => (page.printArea = a),
      setPrintTitleRows: (a: string) => (page.titleRows = a),
    };
  }
  /**
   * A new proxy of the chart collection on each access, as Office.js gives: its `items` can be
   * read only after `load` was called on that same proxy (reading them otherwise throws
   * PropertyNotLoaded, as Excel does).
   */
  get charts() {
    let loaded = false;
    const collection = {
      get items() {
        if (!loaded)
          throw new Error(
            "PropertyNotLoaded: charts.items was read without charts.load() on this object"
          );
        return this.sheet.chartList;
      },
      sheet: this as FakeSheet,
      load: () => {
        loaded = true;
        return collection;
      },
      add: () => {
        const chart: any = {
          name: "",
          title: {},
          axes: { categoryAxis: {}, valueAxis: {} },
          series: {
            getItemAt: () => ({ setXAxisValues: () => undefined }),
            add: () => ({ setValues: () => undefined, setXAxisValues: () => undefined }),
          },
          setPosition: () => undefined,
          delete: () =>
            (collection.sheet.chartList = collection.sheet.chartList.filter((c) => c !== chart)),
        };
        collection.sheet.chartList.push(chart);
        return chart;
      },
    };
    return collection;
  }
  delete() {
    this.book.sheets = this.book.sheets.filter((s) => s !== this);
  }
}

export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  nameList: { name: string; ref: string }[] = [];
  get worksheets() {
    const sheets = () => this.sheets;
    return {
      get items() {
        return sheets();
      },
      load: () => undefined,
      add: (name: string) => {
        if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase()))
          throw new Error(`Sheet ${name} exists`);
        const s = new FakeSheet(name, this);
        this.sheets.push(s);
        return s;
      },
      getItem: (name: string) => {
        const s = this.sheets.find((x) => x.name === name);
        if (!s) throw new Error(`ItemNotFound: ${name}`);
        return s;
      },
    };
  }
  get names() {
    const names = () => this.nameList;
    return {
      get items() {
        return names();
      },
      load: () => undefined,
      add: (name: string, ref: string) => {
        if (this.nameList.some((n) => n.name === name)) throw new Error(`Name ${name} exists`);
        this.nameList.push({ name, ref });
      },
      getItem: (name: string) => ({
        delete: () => (this.nameList = this.nameList.filter((n) => n.name !== name)),
      }),
    };
  }
  sheet(name: string): FakeSheet {
    return this.worksheets.getItem(name);
  }
}

export class FakeContext {
  workbook = new FakeWorkbook();
  syncs = 0;
  failOnSync = 0;
  async sync(): Promise<void> {
    this.syncs++;
    if (this.failOnSync && this.syncs === this.failOnSync) {
      this.failOnSync = 0;
      throw new Error("GeneralException: simulated failure");
    }
  }
}
