/**
 * The test formula engine (tests/support/formulaEngine.ts): parsing and precedence, references,
 * every built-in on small hand-computed sheets, errors, empty cells, array formulas and
 * broadcast, custom functions (argument shapes, results, call counts), circular references; and
 * the paper template recalculated in both formula styles against the core (evaluateModel).
 */
import type { EvaluationSettings } from "../../src/workbook/model";
import { newSheet } from "../../src/workbook/spec";
import type { CellValue, WorkbookSpec } from "../../src/workbook/spec";
import { registeredFunctions } from "../functions/registry";
import {
  CellResult,
  CircularReferenceError,
  CustomFunction,
  EngineCellSpec,
  EngineOptions,
  FormulaEngine,
  dimensionalityFrom,
  isFormulaError,
} from "./formulaEngine";

type Cells = Record<string, CellValue | EngineCellSpec>;

/** A workbook from { sheet: { A1: value | "=formula" | CellSpec } }. */
function book(sheets: Record<string, Cells>, names: Record<string, string> = {}): WorkbookSpec {
  return {
    sheets: Object.entries(sheets).map(([name, cells]) => {
      const sh = newSheet(name);
      for (const [a, v] of Object.entries(cells)) {
        sh.cells.set(
          a,
          v !== null && typeof v === "object"
            ? v
            : typeof v === "string" && v.startsWith("=")
              ? { formula: v }
              : { value: v }
        );
      }
      return sh;
    }),
    names: Object.entries(names).map(([name, ref]) => ({ name, ref })),
  };
}

/** Engine over one sheet "S" holding `cells`. */
const engine = (cells: Cells, options?: EngineOptions, names?: Record<string, string>) =>
  new FormulaEngine(book({ S: cells }, names), options);

/** The value of `=formula` typed into S!Z99 next to `cells`. */
function calc(formula: string, cells: Cells = {}, options?: EngineOptions): CellResult {
  return engine({ ...cells, Z99: formula }, options).value("S", "Z99");
}

const code = (v: CellResult) =>
  isFormulaError(v) ? v.error : `not an error: ${JSON.stringify(v)}`;

/** A small numeric sheet used by many tests. A1:A4 = 1, 2, "3", empty; B1:B4 = 4, 5, 6, TRUE. */
const DATA: Cells = {
  A1: 1,
  A2: 2,
  A3: "3",
  B1: 4,
  B2: 5,
  B3: 6,
  B4: true,
  C1: "x",
  C2: "y",
  C3: "x",
};

describe("parsing and precedence", () => {
  it.each<[string, CellResult]>([
    ["=1+2*3", 7],
    ["=(1+2)*3", 9],
    ["=10-4-3", 3],
    ["=12/3/2", 2],
    ["=-2^2", 4], // negation binds tighter than ^
    ["=-(2^2)", -4],
    ["=2^3^2", 64], // left-associative
    ["=2^-1", 0.5],
    ["=2*-3", -6],
    ["=--3", 3],
    ["=50%", 0.5],
    ["=200%*3", 6],
    ['="a"&1+2', "a3"], // & below +
    ["=1+2&3", "33"],
    ['=1&2="12"', true], // comparison lowest
    ["=1<2=TRUE", true],
    ["=3>2>1", true], // (3>2) is TRUE, and booleans sort after numbers
    ["=9.99E+307", 9.99e307],
    ["=1.5e-3*1000", 1.5],
    ["=.5+1.", 1.5],
    ['="say ""hi"""', 'say "hi"'],
    ["=TRUE", true],
    ["=true+1", 2],
    ["= 1 +  2 ", 3],
    ['="3"+1', 4],
    ['=" 3 "*"2"', 6],
    ['="1,000"+"25%"', 1000.25],
    ['=1/4&""', "0.25"],
    ['=1/3&""', "0.333333333333333"],
    ['=1E+21&""', "1E+21"],
    ["=0-0", 0],
  ])("%s → %j", (f, want) => {
    expect(calc(f)).toEqual(want);
  });

  it("compares like Excel: numbers < text < booleans, text case-insensitively", () => {
    expect(calc('="A"="a"')).toBe(true);
    expect(calc('="b">"A"')).toBe(true);
    expect(calc('=2<"1"')).toBe(true);
    expect(calc("=TRUE>9")).toBe(true);
    expect(calc('="abc"<>"ABD"')).toBe(true);
    expect(calc("=1>=1")).toBe(true);
    expect(calc("=1<=0")).toBe(false);
    expect(Object.is(calc("=-0"), 0)).toBe(true);
  });

  it("parses empty arguments and array constants", () => {
    const seen: unknown[][] = [];
    const f: CustomFunction = (...a) => (seen.push(a), 1);
    calc("=F.X(1,,3,)", {}, { functions: { "F.X": f } });
    expect(seen[0]).toEqual([1, null, 3, null]);
    expect(calc("=SUM({1,2;3,4})")).toBe(10);
    expect(calc("=INDEX({1,2;3,-4},2,2)")).toBe(-4);
    expect(calc('=INDEX({"a",TRUE,#N/A},1,2)')).toBe(true);
  });

  it("rejects malformed formulas with the cell and the reason", () => {
    expect(() => calc("=1+")).toThrow(/S!Z99: cannot parse =1\+: unexpected end of formula/);
    expect(() => calc("=(1")).toThrow(/expected "\)"/);
    expect(() => calc("=1 2")).toThrow(/unexpected "2"/);
    expect(() => calc("=SUM(1;2)")).toThrow(/expected "\)"/);
    expect(() => calc("=@A1")).toThrow(/unexpected "@"/);
  });

  it("rejects wrong argument counts of built-ins", () => {
    expect(() => calc("=IF(1)")).toThrow(/IF takes 2–3 arguments, not 1/);
    expect(() => calc('=MID("a",1)')).toThrow(/MID takes 3–3/);
  });
});

describe("references", () => {
  const wb = book(
    {
      Data: { A1: 10, A2: 20, B1: 1, B2: 2 },
      "Expert Scores": { D5: 7 },
      "It's": { A1: "quoted" },
      Calc: {
        A1: "='Expert Scores'!$D$5*2",
        A2: "=Data!A1+data!$B$2",
        A3: "=SUM(Data!A1:B2)",
        A4: "=SUM('Data'!$B$2:$A$1)", // corners in any order
        A5: "='It''s'!A1",
        A6: "=EvalScore+1",
        A7: "=SUM(Pairs)",
        A8: "=Nope",
        A9: "='Missing'!A1",
        A10: "=$A$1+A$2+$A3",
        A11: "=calc!a1",
      },
    },
    { EvalScore: "'Expert Scores'!$D$5", Pairs: "'Data'!$A$1:$B$2" }
  );
  const e = new FormulaEngine(wb);

  it("reads other sheets (quoted, unquoted, any case), ranges and absolute forms", () => {
    expect(e.value("Calc", "A1")).toBe(14);
    expect(e.value("Calc", "A2")).toBe(12);
    expect(e.value("Calc", "A3")).toBe(33);
    expect(e.value("Calc", "A4")).toBe(33);
    expect(e.value("Calc", "A5")).toBe("quoted");
    expect(e.value("Calc", "A10")).toBe(14 + 12 + 33);
    expect(e.value("CALC", "$A$11")).toBe(14);
  });

  it("resolves workbook names (cells and ranges) case-insensitively", () => {
    expect(e.value("Calc", "A6")).toBe(8);
    expect(e.value("Calc", "A7")).toBe(33);
  });

  it("gives #NAME? for unknown names and #REF! for unknown sheets", () => {
    expect(code(e.value("Calc", "A8"))).toBe("#NAME?");
    expect(code(e.value("Calc", "A9"))).toBe("#REF!");
    expect(() => e.value("Nowhere", "A1")).toThrow(/No sheet named Nowhere/);
  });

  it("reads value cells as they are and unset cells as empty", () => {
    expect(e.value("Data", "B2")).toBe(2);
    expect(e.value("Data", "Z1000")).toBeNull();
  });
});

describe("built-in functions", () => {
  it.each<[string, CellResult]>([
    // aggregates: ranges keep numbers only, direct arguments are coerced
    ["=SUM(A1:B4)", 18],
    ['=SUM(A1:A4,10,"5",TRUE)', 19],
    ["=SUM(A3)", 0],
    ["=COUNT(A1:B4)", 5],
    ['=COUNT(A1:A4,1,"2","x",TRUE)', 5],
    ["=COUNTA(A1:C4)", 10],
    ["=AVERAGE(A1:B4)", 3.6],
    ["=MIN(A1:B4)", 1],
    ["=MAX(A1:B4)", 6],
    ["=MAX(C1:C3)", 0],
    ["=PRODUCT(A1:B2)", 40],
    ["=SUMSQ(A1:B2)", 1 + 16 + 4 + 25], // A1:B2 holds 1, 4, 2, 5 as GEOMEAN's 40 = 1·4·2·5 says
    ["=GEOMEAN(A1:B2)", Math.pow(40, 1 / 4)],
    ["=GEOMEAN(B1,B2,B3)", Math.cbrt(120)],
    ["=SUMPRODUCT(A1:A2,B1:B2)", 14],
    ["=SUMPRODUCT(B1:B3/A1:A3)", 4 + 2.5 + 2], // "3" is coerced by /
    ["=SUMPRODUCT(A1:A4,B1:B4)", 14], // text, blanks and booleans count as 0
    ['=SUMPRODUCT((C1:C3="x")*B1:B3)', 10],
    ["=INDEX(MMULT(A1:B1,B1:B2),1,1)", 1 * 4 + 4 * 5],
    ["=MMULT(A1:B1,B1:B2)", 24], // a 1×1 array in a single cell
    ["=MMULT(A1:B1,A1:A2)", 9],
    ["=ROWS(A1:C4)*10+COLUMNS(A1:C4)", 43],
    ["=INDEX(TRANSPOSE(A1:B2),1,2)", 2],
    // lookups
    ["=INDEX(B1:B3,2)", 5],
    ["=INDEX(A1:B3,3,2)", 6],
    ["=INDEX(B1:B3,1,1)", 4],
    ["=INDEX(A1:C1,3)", "x"], // one row: the only index is the column
    ["=SUM(INDEX(A1:B2,0,2))", 9],
    ["=SUM(INDEX(A1:B2,2,0))", 7],
    ["=MATCH(5,B1:B3,0)", 2],
    ['=MATCH("Y",C1:C3,0)', 2],
    ['=MATCH("x",C1:C3,0)', 1],
    ["=MATCH(5.5,B1:B3)", 2],
    ["=MATCH(5.5,B1:B3,1)", 2],
    ["=MATCH(4.5,{9,6,5,1},-1)", 3],
    ['=MATCH("?",C1:C3,0)', 1], // wildcards
    ["=LOOKUP(9.99E+307,A1:B4)", 5], // 2-D, taller than wide: last number of column A (A2), from the last column
    ['=LOOKUP(9.99E+307,{1,"",3,""})', 3],
    ["=LOOKUP(2.5,A1:A2,B1:B2)", 5],
    ["=VLOOKUP(2,A1:B3,2,FALSE)", 5],
    ["=VLOOKUP(2.7,A1:B3,2)", 5],
    ["=VLOOKUP(2.7,A1:B3,2,TRUE)", 5],
    ['=VLOOKUP("Y",C1:C3,1,0)', "y"],
    // conditional sums
    ['=SUMIF(C1:C3,"x",B1:B3)', 10],
    ['=SUMIF(C1:C3,"x",B1)', 10], // sum range resized from its top-left cell
    ['=SUMIF(A1:A4,">1")', 2], // "3" is text and not summed
    ['=SUMIF(B1:B3,"<>5")', 10],
    ["=SUMIF(A1:A3,3,B1:B3)", 6], // a number criterion matches text "3"
    ['=SUMIF(A1:A4,"",B1:B4)', 0],
    ['=SUMIFS(B1:B3,C1:C3,"x",A1:A3,">=2")', 6],
    ["=SUMIFS(B1:B3,C1:C3,C2)", 5],
    ['=COUNTIF(C1:C3,"x")', 2],
    ['=COUNTIF(A1:B4,"=")', 1],
    ['=COUNTIF(A1:B4,"<>")', 7],
    ['=COUNTIFS(C1:C3,"x",B1:B3,">4")', 1],
    // logic
    ["=AND(TRUE,1,B1:B4)", true],
    ["=AND(TRUE,0)", false],
    ["=OR(FALSE,C1:C3,0,B4)", true],
    ["=OR(A4,FALSE)", false],
    ["=NOT(0)", true],
    ['=IF(A1=1,"one","other")', "one"],
    ['=IF(A1>1,"big")', false],
    ['=IF(A1>1,"big",)', 0],
    ["=IF(TRUE,,1)", 0],
    ['=IF("true",1,2)', 1],
    ["=ISNUMBER(A1)", true],
    ["=ISNUMBER(A3)", false],
    ["=ISTEXT(A3)", true],
    ["=ISBLANK(A4)", true],
    ["=ISERROR(1/0)", true],
    ["=ISNA(1/0)", false],
    ["=ISNA(NA())", true],
    // text
    ['=TRIM("  a   b  ")', "a b"],
    ['=VALUE(" 1/3 "&"")', { error: "#VALUE!", message: '" 1/3 " is not a number' }],
    ["=VALUE(A3)*2", 6],
    ['=VALUE("1e3")', 1000],
    ['=VALUE("12%")', 0.12],
    ['=LEFT("abc")', "a"],
    ['=LEFT("abc",2)', "ab"],
    ["=LEFT(12345,2)", "12"],
    ['=RIGHT("abc",2)', "bc"],
    ['=MID("abcdef",2,3)', "bcd"],
    ['=MID("abc",3,20)', "c"],
    ['=FIND("/","1/3")', 2],
    ['=FIND("b","abcb",3)', 4],
    ['=UPPER("si2.x")', "SI2.X"],
    ['=LOWER("AbC")', "abc"],
    ['=LEN("abcd")', 4],
    ['=SUBSTITUTE("a.b.c",".","")', "abc"],
    ['=SUBSTITUTE("a.b.c",".","-",2)', "a.b-c"],
    ['=SUBSTITUTE("abc","","x")', "abc"],
    ['=CONCATENATE("a",1,TRUE)', "a1TRUE"],
    ['=TEXT(20130,"000000")', "020130"],
    ['=TEXT("7","000")', "007"],
    ['=TEXT("abc","000")', "abc"],
    ['=TEXT(1234567.891,"#,##0.00")', "1,234,567.89"],
    ['=TEXT(0.256,"0.0%")', "25.6%"],
    ['=TEXT(2,"0.0#")', "2.0"],
    ['=TEXT(0.5,"#.##")', ".5"],
    ['=TEXT(-1.005,"0.00")', "-1.01"],
    // arithmetic helpers
    ["=ABS(-2)+SQRT(16)+INT(-1.5)", 4],
    ["=ROUND(2.345,2)", 2.35],
    ["=ROUND(-1250,-2)", -1300],
    ["=MOD(-7,3)", 2],
    ["=LN(EXP(2))", 2],
  ])("%s → %j", (f, want) => {
    const got = calc(f, DATA);
    if (typeof want === "number") expect(got).toBeCloseTo(want, 12);
    else expect(got).toEqual(want);
  });

  it.each<[string, string]>([
    ["=GEOMEAN(A1,-1)", "#NUM!"],
    ["=GEOMEAN(C1:C3)", "#NUM!"],
    ["=AVERAGE(C1:C3)", "#DIV/0!"],
    ["=SUMPRODUCT(A1:A2,B1:B3)", "#VALUE!"],
    ["=MMULT(A1:A3,B1:B3)", "#VALUE!"],
    ["=MMULT(A1:B2,A1:B3)", "#VALUE!"], // 2 columns by 3 rows
    ["=INDEX(B1:B3,4)", "#REF!"],
    ["=MATCH(7,B1:B3,0)", "#N/A"],
    ["=MATCH(0,B1:B3)", "#N/A"],
    ["=VLOOKUP(9,A1:B3,2,FALSE)", "#N/A"],
    ["=VLOOKUP(1,A1:B3,3,FALSE)", "#REF!"],
    ["=LOOKUP(9.99E+307,C1:C3)", "#N/A"],
    ['=FIND("z","abc")', "#VALUE!"],
    ['=MID("abc",0,1)', "#VALUE!"],
    ['=LEFT("abc",-1)', "#VALUE!"],
    ['=VALUE("abc")', "#VALUE!"],
    ["=VALUE(TRUE)", "#VALUE!"],
    ["=AND(C1:C3)", "#VALUE!"],
    ['=IF("maybe",1,2)', "#VALUE!"],
    ['=TEXT(1,"yyyy-mm-dd")', "#VALUE!"],
    ["=SQRT(-1)", "#NUM!"],
    ["=NO.SUCH(1)", "#NAME?"],
  ])("%s → %s", (f, want) => {
    expect(code(calc(f, DATA))).toBe(want);
  });
});

describe("errors", () => {
  const cells: Cells = {
    A1: "=1/0",
    A2: "=A1+1",
    A3: "=SUM(A1:A2,5)",
    A4: '="x"+1',
    A5: "=IFERROR(A2,-1)",
    A6: "=IFERROR(1,2)",
    A7: "=#N/A",
    A8: "=IFNA(A7,7)",
    A9: "=IFNA(A1,7)",
  };
  const e = engine(cells);

  it("propagates through arithmetic and functions", () => {
    expect(e.value("S", "A1")).toEqual({ error: "#DIV/0!" });
    expect(code(e.value("S", "A2"))).toBe("#DIV/0!");
    expect(code(e.value("S", "A3"))).toBe("#DIV/0!");
    expect(e.value("S", "A4")).toEqual({ error: "#VALUE!", message: '"x" is not a number' });
    expect(code(calc('=A1&"x"', cells))).toBe("#DIV/0!");
    expect(code(calc("=A1=1", cells))).toBe("#DIV/0!");
    expect(code(calc("=UPPER(A1)", cells))).toBe("#DIV/0!");
    expect(code(calc("=0^0"))).toBe("#NUM!");
    expect(code(calc("=10^400"))).toBe("#NUM!");
    expect(code(calc("=#N/A+#DIV/0!"))).toBe("#N/A"); // the left error wins
  });

  it("IFERROR catches any error and evaluates its fallback only when needed; IFNA only #N/A", () => {
    expect(e.value("S", "A5")).toBe(-1);
    expect(e.value("S", "A6")).toBe(1);
    expect(e.value("S", "A8")).toBe(7);
    expect(code(e.value("S", "A9"))).toBe("#DIV/0!");
    let called = 0;
    const fns = { "F.X": () => ++called };
    expect(calc("=IFERROR(5,F.X())", {}, { functions: fns })).toBe(5);
    expect(called).toBe(0);
    expect(calc("=IFERROR(1/0,F.X())", {}, { functions: fns })).toBe(1);
  });

  it("ISNUMBER and ISERROR look at errors without propagating them", () => {
    expect(calc("=ISNUMBER(A1)", cells)).toBe(false);
    expect(calc("=ISERROR(A2)", cells)).toBe(true);
  });
});

describe("empty cells", () => {
  const cells: Cells = { B1: 3, C1: { value: null }, D1: "" };

  it('read as 0 in arithmetic, "" in text and comparisons', () => {
    expect(calc("=A1+1", cells)).toBe(1);
    expect(calc("=A1*5", cells)).toBe(0);
    expect(calc('=A1&"x"', cells)).toBe("x");
    expect(calc('=A1=""', cells)).toBe(true);
    expect(calc("=A1=0", cells)).toBe(true);
    expect(calc("=A1=FALSE", cells)).toBe(true);
    expect(calc('=C1=""', cells)).toBe(true);
    expect(calc("=A1<1", cells)).toBe(true);
    expect(calc('=TRIM(A1)=""', cells)).toBe(true);
  });

  it("are not numbers, are not counted, and a formula showing one shows 0", () => {
    expect(calc("=ISNUMBER(A1)", cells)).toBe(false);
    expect(calc("=COUNT(A1:C1)", cells)).toBe(1);
    expect(calc("=AVERAGE(A1:C1)", cells)).toBe(3);
    expect(calc("=A1", cells)).toBe(0);
    expect(calc('=INDEX(A1:C1,1)=""', cells)).toBe(true); // INDEX returns a reference
  });

  it('differ from a cell holding "" (text)', () => {
    expect(calc("=ISBLANK(D1)", cells)).toBe(false);
    expect(code(calc("=D1+1", cells))).toBe("#VALUE!");
    expect(calc('=D1=""', cells)).toBe(true);
  });
});

describe("arrays", () => {
  const A = (formula: string, rows: number, columns: number): EngineCellSpec => ({
    formula,
    array: { rows, columns },
  });
  const data: Cells = { A1: 1, A2: 2, A3: 3, B1: 10, B2: 20, B3: 30, C1: 2, D1: 3 };

  /** The rows×cols block of values at `top` (e.g. "F1"). */
  function block(e: FormulaEngine, top: string, rows: number, cols: number): CellResult[][] {
    const c0 = top.charCodeAt(0) - 65;
    const r0 = Number(top.slice(1));
    return Array.from({ length: rows }, (_, i) =>
      Array.from({ length: cols }, (_, j) =>
        e.value("S", `${String.fromCharCode(65 + c0 + j)}${r0 + i}`)
      )
    );
  }

  it("fill their area element-wise and are read by other formulas", () => {
    const e = engine({ ...data, F1: A("=A1:A3*B1:B3", 3, 1), G1: "=SUM(F1:F3)", H1: "=F2" });
    expect(block(e, "F1", 3, 1)).toEqual([[10], [40], [90]]);
    expect(e.value("S", "G1")).toBe(140);
    expect(e.value("S", "H1")).toBe(40);
  });

  it("broadcast: a scalar fills the area, a row repeats down, a column across", () => {
    const e = engine({
      ...data,
      F1: A("=7", 2, 2),
      F4: A("=C1:D1*10", 2, 2),
      F7: A("=A1:A2", 2, 3),
      F10: A("=A1:A3+C1:D1", 3, 2),
    });
    expect(block(e, "F1", 2, 2)).toEqual([
      [7, 7],
      [7, 7],
    ]);
    expect(block(e, "F4", 2, 2)).toEqual([
      [20, 30],
      [20, 30],
    ]);
    expect(block(e, "F7", 2, 3)).toEqual([
      [1, 1, 1],
      [2, 2, 2],
    ]);
    expect(block(e, "F10", 3, 2)).toEqual([
      [3, 4],
      [4, 5],
      [5, 6],
    ]); // column + row → 3×2
  });

  it("cut larger results to the area and give #N/A beyond smaller ones", () => {
    const e = engine({ ...data, F1: A("=A1:B3", 2, 1), H1: A("=A1:B2", 3, 3) });
    expect(block(e, "F1", 2, 1)).toEqual([[1], [2]]);
    const h = block(e, "H1", 3, 3).map((r) => r.map((v) => (isFormulaError(v) ? v.error : v)));
    expect(h).toEqual([
      [1, 10, "#N/A"],
      [2, 20, "#N/A"],
      ["#N/A", "#N/A", "#N/A"],
    ]);
  });

  it("lift IF, IFERROR and scalar functions; MMULT results spill", () => {
    const e = engine({
      ...data,
      A4: "x",
      F1: A('=IF(A1:A3>1,B1:B3,"-")', 3, 1),
      G1: A("=IFERROR(10/(A1:A3-2),0)", 3, 1),
      H1: A('=LEN(A1:A4&"ab")', 4, 1),
      I1: A("=MMULT(A1:A2,C1:D1)", 2, 2),
      K1: A("=TRANSPOSE(A1:A3)", 1, 3),
      L5: A("=A1:A3=2", 3, 1),
    });
    expect(block(e, "F1", 3, 1)).toEqual([["-"], [20], [30]]);
    expect(block(e, "G1", 3, 1)).toEqual([[-10], [0], [10]]);
    expect(block(e, "H1", 4, 1)).toEqual([[3], [3], [3], [3]]);
    expect(block(e, "I1", 2, 2)).toEqual([
      [2, 3],
      [4, 6],
    ]);
    expect(block(e, "K1", 1, 3)).toEqual([[1, 2, 3]]);
    expect(block(e, "L5", 3, 1)).toEqual([[false], [true], [false]]);
  });

  it("show empty referenced cells as 0, and an array custom-function result spills", () => {
    const e = engine(
      { F1: A("=A1:A2", 2, 1), G1: A("=M.GRID()", 2, 2) },
      {
        functions: {
          "M.GRID": () => [
            [1, null],
            ["a", { code: "#N/A", message: "gap" }],
          ],
        },
      }
    );
    expect(block(e, "F1", 2, 1)).toEqual([[0], [0]]);
    expect(block(e, "G1", 2, 2)).toEqual([
      [1, 0],
      ["a", { error: "#N/A", message: "gap" }],
    ]);
  });

  it("outside array formulas: ranges in scalar places give #VALUE!, but range functions lift", () => {
    expect(code(calc("=A1:A3*2", data))).toBe("#VALUE!"); // implicit intersection simplified
    expect(calc("=A2:A2*2", data)).toBe(4);
    expect(calc("=SUMPRODUCT(B1:B3/A1:A3)", data)).toBe(30);
    expect(calc("=SUM(A1:A3*B1:B3)", data)).toBe(140);
    expect(calc("=A1:A3", data)).toEqual(expect.objectContaining({ error: "#VALUE!" }));
    expect(calc("=MMULT(C1:D1,A1:A2)", data)).toBe(8);
  });

  it("reject content inside another array formula's area and overlapping areas", () => {
    expect(() => engine({ F1: A("=1", 2, 1), F2: 5 })).toThrow(
      /S!F2 has its own content inside the array formula at S!F1/
    );
    expect(() => engine({ F1: A("=1", 2, 2), G2: A("=2", 2, 2) })).toThrow(
      /lies in two array formulas/
    );
    expect(() => engine({ F1: A("=1", 2, 1), F2: { style: "formula" } })).not.toThrow();
  });
});

describe("custom functions", () => {
  /** A function that records its arguments and returns `result`. */
  function recorder(result: unknown = 1) {
    const calls: unknown[][] = [];
    const fn: CustomFunction = (...args) => {
      calls.push(args);
      return result;
    };
    return { fn, calls };
  }

  it('get ranges as 2-D arrays (blanks "", errors as objects), one-cell references as [[v]], literals as themselves, omitted as null', () => {
    const r = recorder();
    const e = engine(
      { A1: 1, A2: "t", B2: "=1/0", C1: 5, Z1: '=X.F(A1:B2,C1,"SQRT",,3.5,TRUE)' },
      { functions: { "x.f": r.fn } }
    );
    expect(e.value("S", "Z1")).toBe(1);
    expect(r.calls).toEqual([
      [
        [
          [1, ""],
          ["t", { code: "#DIV/0!" }],
        ],
        [[5]],
        "SQRT",
        null,
        3.5,
        true,
      ],
    ]);
  });

  it("pad missing trailing arguments with null up to the function's declared parameters", () => {
    const calls: unknown[][] = [];
    const fn = (a: unknown, b: unknown, c: unknown) => (calls.push([a, b, c]), 0);
    engine({ A1: "=X.G(1)" }, { functions: { "X.G": fn as CustomFunction } }).recalculate();
    expect(calls).toEqual([[1, null, null]]);
  });

  it("follow declared dimensionality: matrix parameters always get 2-D arrays, scalar ones a value", () => {
    const r = recorder();
    const dims = dimensionalityFrom({
      functions: [
        {
          id: "X.F",
          parameters: [{ dimensionality: "matrix" }, { dimensionality: "matrix" }, {}, {}],
        },
      ],
    });
    expect(dims).toEqual({ "X.F": ["matrix", "matrix", "scalar", "scalar"] });
    const e = engine(
      { A1: 2, B1: 3, Z1: '=X.F(A1,"4",B1)', Z2: "=X.F(A1,1,A1:B1)" },
      { functions: { "X.F": r.fn }, dimensionality: dims }
    );
    expect(e.value("S", "Z1")).toBe(1);
    expect(r.calls[0]).toEqual([[[2]], [["4"]], 3, null]);
    expect(e.value("S", "Z2")).toEqual(expect.objectContaining({ error: "#VALUE!" })); // a range for a scalar parameter
    expect(r.calls).toHaveLength(1);
  });

  it("return arrays INDEX can pick from, scalars, and errors with their message", () => {
    const fns: Record<string, CustomFunction> = {
      "AHP.WEIGHTS": () => [[0.5], [0.3], [0.2]],
      "X.ROW": () => [[1, 2, 3]],
      "X.ERR": () => ({ code: "#VALUE!", message: "row 1, column 2 is not a number" }),
      "X.THROW": () => {
        throw new Error("boom");
      },
      "X.THROWCODE": () => {
        throw Object.assign(new Error("bad"), { code: "#NUM!" });
      },
      "X.ASYNC": () => Promise.resolve(1),
    };
    const e = engine(
      {
        A1: '=IFERROR(INDEX(AHP.WEIGHTS(B1:C2,"EIGEN"),2),"")',
        A2: "=INDEX(X.ROW(),1,3)",
        A3: "=X.ERR()",
        A4: '=IFERROR(X.ERR(),"caught")',
        A5: "=X.THROW()",
        A6: "=X.THROWCODE()",
        A7: "=X.ASYNC()",
        A8: "=SUM(X.ROW())",
      },
      { functions: fns }
    );
    expect(e.value("S", "A1")).toBe(0.3);
    expect(e.value("S", "A2")).toBe(3);
    expect(e.value("S", "A3")).toEqual({
      error: "#VALUE!",
      message: "row 1, column 2 is not a number",
    });
    expect(e.value("S", "A4")).toBe("caught");
    expect(e.value("S", "A5")).toEqual({ error: "#VALUE!", message: "X.THROW threw: boom" });
    expect(e.value("S", "A6")).toEqual({ error: "#NUM!", message: "bad" });
    expect(code(e.value("S", "A7"))).toBe("#VALUE!");
    expect(e.value("S", "A8")).toBe(6);
  });

  it("are counted once per calling cell per recalculation, and not called in IF branches not taken", () => {
    const r = recorder([[2]]);
    const e = engine(
      {
        A1: "x",
        A2: "",
        B1: '=IF(A1="","",TRADE.CLASS(A1))',
        B2: '=IF(A2="","",TRADE.CLASS(A2))',
        B3: '=IF(A3="","",TRADE.CLASS(A3))',
        C1: "=B1*2",
        C2: "=B1+C1",
        C3: "=SUM(B1:B3,C1:C2)",
      },
      { functions: { "TRADE.CLASS": r.fn } }
    );
    expect(e.value("S", "C3")).toBe(2 + 4 + 6);
    expect(e.calls.get("TRADE.CLASS")).toBe(1);
    e.recalculate();
    expect(e.calls).toEqual(new Map([["TRADE.CLASS", 1]]));
    e.recalculate();
    expect(e.calls.get("TRADE.CLASS")).toBe(1);
    expect(r.calls).toHaveLength(3);
  });

  it("override built-ins of the same name", () => {
    expect(calc("=SUM(1,2)", {}, { functions: { SUM: () => 42 } })).toBe(42);
  });
});

describe("circular references", () => {
  it("throw naming the chain of cells", () => {
    const e = engine({ A1: "=B1+1", B1: "=C1", C1: "=A1" });
    expect(() => e.value("S", "A1")).toThrow(CircularReferenceError);
    try {
      e.value("S", "B1");
    } catch (x) {
      expect((x as CircularReferenceError).chain).toEqual(["S!B1", "S!C1", "S!A1", "S!B1"]);
      expect((x as Error).message).toBe("Circular reference: S!B1 → S!C1 → S!A1 → S!B1");
    }
    expect.assertions(3);
  });

  it("are found through ranges, other sheets, names, array areas and IFERROR", () => {
    expect(() => engine({ A2: "=SUM(A1:A3)" }).value("S", "A2")).toThrow(/S!A2 → S!A2/);
    expect(() => engine({ A1: "=IFERROR(A1,0)" }).value("S", "A1")).toThrow(CircularReferenceError);
    expect(() =>
      engine({ A1: { formula: "=B2+1", array: { rows: 2, columns: 2 } } }).value("S", "A1")
    ).toThrow(/S!A1 → S!A1/);
    const wb = book(
      { "My Sheet": { A1: "=Other!A1" }, Other: { A1: "=Loop" } },
      { Loop: "'My Sheet'!$A$1" }
    );
    expect(() => new FormulaEngine(wb).recalculate()).toThrow(
      "Circular reference: 'My Sheet'!A1 → Other!A1 → 'My Sheet'!A1"
    );
  });

  it("do not trip on a cell used twice (diamonds) or on long chains", () => {
    const cells: Cells = { A1: 1, B1: "=A1+A1", C1: "=B1*B1+A1" };
    for (let i = 2; i <= 300; i++) cells[`A${i}`] = `=A${i - 1}+1`;
    const e = engine(cells);
    e.recalculate();
    expect(e.value("S", "C1")).toBe(5);
    expect(e.value("S", "A300")).toBe(300);
  });
});

// ------------------------------------------------------------------ the paper template

/**
 * The paper template with `settings` and sample inputs, built and recalculated by the engine;
 * every result key the core computes compared with the engine's value of its cell. The workbook
 * modules load here, not at the top, so the unit tests above run while src/ is being reshaped.
 */
async function compareWithCore(settings: Partial<EvaluationSettings>, options?: EngineOptions) {
  const [{ buildWorkbook }, { evaluateModel }, { sampleInputs }, { paperTemplate }] =
    await Promise.all([
      import("../../src/workbook/build"),
      import("../../src/workbook/evaluate"),
      import("../../src/workbook/sample"),
      import("../../src/workbook/template"),
    ]);
  const model = paperTemplate(settings);
  const inputs = sampleInputs(model);
  const built = buildWorkbook(model, { inputs });
  const expected = evaluateModel(model, inputs);
  const e = new FormulaEngine(built.spec, options);
  e.recalculate();
  const wrong: string[] = [];
  let compared = 0;
  for (const [key, want] of expected) {
    const at = built.resultCells.get(key);
    if (!at) {
      wrong.push(`${key}: no result cell`);
      continue;
    }
    const got = e.value(at.sheet, at.address);
    const same =
      typeof want === "number"
        ? typeof got === "number" && Math.abs(got - want) <= 1e-9 * Math.max(1, Math.abs(want))
        : got === want;
    if (!same)
      wrong.push(
        `${key} at ${at.sheet}!${at.address}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`
      );
    compared++;
  }
  // No formula anywhere uses something the engine lacks.
  const unsupported: string[] = [];
  for (const sh of built.spec.sheets) {
    for (const [a, cell] of sh.cells) {
      const v = cell.formula ? e.value(sh.name, a) : null;
      if (isFormulaError(v) && v.error === "#NAME?")
        unsupported.push(`${sh.name}!${a}: ${v.message}`);
    }
  }
  return { built, expected, e, wrong, compared, unsupported };
}

describe.each([
  ["SQRT", "4"],
  ["SUM", "10-5"],
])(
  "the native paper template (%s weights, scale %s) recalculated by the engine",
  (method, scale) => {
    let run: Awaited<ReturnType<typeof compareWithCore>>;
    beforeAll(async () => {
      run = await compareWithCore({
        style: "native",
        method: method as "SQRT",
        scale: scale as "4",
        trade: true,
        service: true,
      });
    });

    it("gives every result the core computes", () => {
      expect(run.expected.has("W")).toBe(true);
      expect(run.unsupported).toEqual([]);
      expect(run.wrong).toEqual([]);
      expect(run.compared).toBeGreaterThan(400);
    });

    it("shows W and the grade under their names", () => {
      const probe = newSheet("Probe");
      probe.cells.set("A1", { formula: "=EvalScore" });
      probe.cells.set("A2", { formula: "=EvalGrade" });
      const e = new FormulaEngine({ ...run.built.spec, sheets: [...run.built.spec.sheets, probe] });
      expect(e.value("Probe", "A1")).toBeCloseTo(run.expected.get("W") as number, 12);
      expect(e.value("Probe", "A2")).toBe(run.expected.get("grade"));
    });
  }
);

describe("the add-in paper template recalculated with the add-in's functions (from src/functions)", () => {
  let run: Awaited<ReturnType<typeof compareWithCore>>;
  beforeAll(async () => {
    const functions: Record<string, CustomFunction> = {};
    for (const r of registeredFunctions()) functions[r.id] = r.fn;
    run = await compareWithCore({ style: "addin", trade: true, service: true }, { functions });
  });

  it("gives every result the core computes", () => {
    expect(run.unsupported).toEqual([]);
    expect(run.wrong).toEqual([]);
    expect(run.compared).toBeGreaterThan(400);
  });

  it("calls every custom function it uses, at most once per formula using it, in one recalculation", () => {
    const uses = new Map<string, number>();
    for (const sh of run.built.spec.sheets) {
      for (const cell of sh.cells.values()) {
        for (const m of (cell.formula ?? "").matchAll(/\b([A-Z]+\.[A-Z]+)\(/g))
          uses.set(m[1], (uses.get(m[1]) ?? 0) + 1);
      }
    }
    expect(uses.size).toBeGreaterThan(5);
    // With complete sample inputs every use runs at least once somewhere; no formula runs twice.
    for (const [name, n] of uses) {
      const called = run.e.calls.get(name) ?? 0;
      expect({ name, ok: called >= 1 && called <= n }).toEqual({ name, ok: true });
    }
    expect([...run.e.calls.keys()].sort()).toEqual([...uses.keys()].sort());
    const before = new Map(run.e.calls);
    run.e.recalculate();
    expect(run.e.calls).toEqual(before);
  });
});
