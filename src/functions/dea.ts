/**
 * DEA.* custom functions: adapters from Excel ranges to src/core/dea. Rows are units, columns
 * inputs (or outputs). The radial pass and its second stage are computed once per content of
 * their arguments, so DEA.SLACKS, DEA.TARGETS and DEA.PEERS on the same ranges cost one solve.
 */
import { describe, gridWidth, isBlank, toGrid } from "../core/cells";
import {
  DeaBlock,
  DeaData,
  DeaOptions,
  MalmquistValue,
  RadialPass,
  SlackPass,
  checkDeaSize,
  deaData,
  malmquist,
  parseOrientation,
  parseRts,
  radialPass,
  sbmEfficiency,
  scaleEfficiency,
  slackPass,
  slackTable,
  superEfficiency,
  targetTable,
} from "../core/dea";
import { InputError, cellName } from "../core/errors";
import { memoized } from "./cache";
import { column, excelGrid, isOmitted, optionalText, readNumbers } from "./excel";

/** A range of numbers, its size checked before its cells are read. */
function block(range: unknown, what: string): DeaBlock {
  const g = toGrid(range);
  checkDeaSize(what, g.length, gridWidth(g));
  return { what, grid: readNumbers(range, what) };
}

function dataOf(inputs: unknown, outputs: unknown): DeaData {
  return deaData(block(inputs, "inputs"), [block(outputs, "outputs")]);
}

function optionsOf(rts: unknown, orientation: unknown): DeaOptions {
  return {
    rts: parseRts(optionalText(rts, "CRS", "rts")),
    orientation: parseOrientation(optionalText(orientation, "IN", "orientation")),
  };
}

/** The data and radial pass of the arguments, once per content. */
function radialOf(
  inputs: unknown,
  outputs: unknown,
  rts: unknown,
  orientation: unknown
): { d: DeaData; opts: DeaOptions; pass: RadialPass } {
  return memoized(
    "DEA radial",
    [inputs, outputs, rts ?? null, orientation ?? null],
    () => {
      const opts = optionsOf(rts, orientation);
      const d = dataOf(inputs, outputs);
      return { d, opts, pass: radialPass(d, opts) };
    },
    (r) => 32 * r.d.n * (r.d.m + r.d.s + 4) + 256
  );
}

/** The second stage of the arguments, once per content. */
function slacksOf(
  inputs: unknown,
  outputs: unknown,
  rts: unknown,
  orientation: unknown
): { d: DeaData; opts: DeaOptions; pass: SlackPass } {
  return memoized(
    "DEA slacks",
    [inputs, outputs, rts ?? null, orientation ?? null],
    () => {
      const r = radialOf(inputs, outputs, rts, orientation);
      return { d: r.d, opts: r.opts, pass: slackPass(r.d, r.opts, r.pass) };
    },
    (r) => 8 * r.d.n * (r.d.n + r.d.m + r.d.s) + 256
  );
}

/**
 * Radial technical efficiency of each unit (1 = efficient; output orientation reports 1/φ).
 * @customfunction DEA.EFFICIENCY DEA.EFFICIENCY
 * @helpurl https://localhost:3000/help.html#deaefficiency
 * @param inputs Inputs: one row per unit, one column per input; all positive.
 * @param outputs Outputs: the same rows, one column per output; ≥ 0, each unit with a positive output.
 * @param [rts] Returns to scale: CRS (default), VRS, NIRS or NDRS.
 * @param [orientation] IN (default, shrink inputs) or OUT (expand outputs).
 * @returns {unknown[][]} Column of efficiencies in (0, 1].
 */
export function deaEfficiency(
  inputs: unknown[][],
  outputs: unknown[][],
  rts?: unknown,
  orientation?: unknown
) {
  return excelGrid(() =>
    column(Array.from(radialOf(inputs, outputs, rts, orientation).pass.score))
  );
}

/**
 * CRS and VRS efficiency, scale efficiency CRS/VRS and returns to scale (IRS, DRS or CRS from the NIRS model, as DEAP).
 * @customfunction DEA.SCALE DEA.SCALE
 * @helpurl https://localhost:3000/help.html#deascale
 * @param inputs Inputs: one row per unit, one column per input; all positive.
 * @param outputs Outputs: the same rows, one column per output; ≥ 0.
 * @param [orientation] IN (default) or OUT.
 * @returns {unknown[][]} Table with a header row: CRS, VRS, Scale, Returns.
 */
export function deaScale(inputs: unknown[][], outputs: unknown[][], orientation?: unknown) {
  return excelGrid(() => {
    const o = parseOrientation(optionalText(orientation, "IN", "orientation"));
    const rows = scaleEfficiency(dataOf(inputs, outputs), o);
    return [
      ["CRS", "VRS", "Scale", "Returns"],
      ...rows.map((r) => [r.crs, r.vrs, r.scale, r.returns]),
    ];
  });
}

/**
 * Slacks at the radial optimum from the second stage that maximises their sum: inputs then outputs.
 * @customfunction DEA.SLACKS DEA.SLACKS
 * @helpurl https://localhost:3000/help.html#deaslacks
 * @param inputs Inputs: one row per unit, one column per input; all positive.
 * @param outputs Outputs: the same rows, one column per output; ≥ 0.
 * @param [rts] CRS (default), VRS, NIRS or NDRS.
 * @param [orientation] IN (default) or OUT.
 * @returns {unknown[][]} One row per unit: input slacks, then output slacks, in the units of the data.
 */
export function deaSlacks(
  inputs: unknown[][],
  outputs: unknown[][],
  rts?: unknown,
  orientation?: unknown
) {
  return excelGrid(() => {
    const r = slacksOf(inputs, outputs, rts, orientation);
    return slackTable(r.d, r.pass);
  });
}

/**
 * Projected inputs and outputs of each unit on the frontier (radial movement plus slacks).
 * @customfunction DEA.TARGETS DEA.TARGETS
 * @helpurl https://localhost:3000/help.html#deatargets
 * @param inputs Inputs: one row per unit, one column per input; all positive.
 * @param outputs Outputs: the same rows, one column per output; ≥ 0.
 * @param [rts] CRS (default), VRS, NIRS or NDRS.
 * @param [orientation] IN (default) or OUT.
 * @returns {unknown[][]} One row per unit: target inputs, then target outputs.
 */
export function deaTargets(
  inputs: unknown[][],
  outputs: unknown[][],
  rts?: unknown,
  orientation?: unknown
) {
  return excelGrid(() => {
    const r = slacksOf(inputs, outputs, rts, orientation);
    return targetTable(r.d, r.pass, r.opts.orientation);
  });
}

/**
 * Intensity weights λ: row i holds the weight of each unit in unit i's target (its peers are the units with λ > 0).
 * @customfunction DEA.PEERS DEA.PEERS
 * @helpurl https://localhost:3000/help.html#deapeers
 * @param inputs Inputs: one row per unit, one column per input; all positive.
 * @param outputs Outputs: the same rows, one column per output; ≥ 0.
 * @param [rts] CRS (default), VRS, NIRS or NDRS.
 * @param [orientation] IN (default) or OUT.
 * @returns {unknown[][]} n × n matrix of λ (row = evaluated unit, column = peer).
 */
export function deaPeers(
  inputs: unknown[][],
  outputs: unknown[][],
  rts?: unknown,
  orientation?: unknown
) {
  return excelGrid(() => {
    const r = slacksOf(inputs, outputs, rts, orientation);
    const n = r.d.n;
    return Array.from({ length: n }, (_, o) =>
      Array.from(r.pass.lambda.subarray(o * n, o * n + n))
    );
  });
}

/**
 * Andersen–Petersen super-efficiency: each unit against all the others; above 1 ranks the efficient units.
 * @customfunction DEA.SUPER DEA.SUPER
 * @helpurl https://localhost:3000/help.html#deasuper
 * @param inputs Inputs: one row per unit, one column per input; all positive.
 * @param outputs Outputs: the same rows, one column per output; ≥ 0.
 * @param [rts] CRS (default), VRS, NIRS or NDRS.
 * @param [orientation] IN (default) or OUT.
 * @returns {unknown[][]} Column of super-efficiencies; #N/A with the reason where the others cannot envelop a unit.
 */
export function deaSuper(
  inputs: unknown[][],
  outputs: unknown[][],
  rts?: unknown,
  orientation?: unknown
) {
  return excelGrid(() => {
    const opts = optionsOf(rts, orientation);
    return column(
      superEfficiency(dataOf(inputs, outputs), opts).map((v, o) =>
        typeof v === "number"
          ? v
          : InputError.about(`Unit ${o + 1}`, `has no super-efficiency: ${v.reason}`, "na")
      )
    );
  });
}

/**
 * Tone's non-oriented slacks-based measure (SBM), optionally with undesirable outputs (Tone 2004).
 * @customfunction DEA.SBM DEA.SBM
 * @helpurl https://localhost:3000/help.html#deasbm
 * @param inputs Inputs: one row per unit, one column per input; all positive.
 * @param outputs Desirable outputs: the same rows, one column per output; ≥ 0.
 * @param [rts] CRS (default), VRS, NIRS or NDRS.
 * @param [undesirable] Optional undesirable (bad) outputs such as CO2 emissions: the same rows; ≥ 0.
 * @returns {unknown[][]} Column of SBM efficiencies in (0, 1].
 */
export function deaSbm(
  inputs: unknown[][],
  outputs: unknown[][],
  rts?: unknown,
  undesirable?: unknown[][]
) {
  return excelGrid(() => {
    const r = parseRts(optionalText(rts, "CRS", "rts"));
    const blocks = [block(outputs, "outputs")];
    const bad = isOmitted(undesirable) ? null : block(undesirable, "undesirable");
    if (bad) blocks.push(bad);
    const d = deaData(block(inputs, "inputs"), blocks);
    return column(Array.from(sbmEfficiency(d, r, bad ? gridWidth(bad.grid) : 0)));
  });
}

/** A label cell as text: numbers and text as typed (trimmed); "" for a blank. */
function labelOf(v: unknown): string {
  if (isBlank(v)) return "";
  if (typeof v === "string") return v.trim();
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return describe(v);
}

/** The cells of a one-row or one-column range, with the cell name of each. */
function labelCells(range: unknown, what: string): { value: string; at: string }[] {
  const g = toGrid(range);
  const rows = g.length;
  const cols = gridWidth(g);
  if (rows > 1 && cols > 1)
    throw new InputError(
      `${what} must be one column (or one row), not ${rows} rows × ${cols} columns`
    );
  const out: { value: string; at: string }[] = [];
  for (let i = 0; i < rows; i++) {
    const row = g[i];
    for (let j = 0; j < cols; j++)
      out.push({
        value: labelOf(Array.isArray(row) ? row[j] : j === 0 ? row : undefined),
        at: cellName(i, j),
      });
  }
  return out;
}

/**
 * The Malmquist index and its parts between consecutive periods (CRS, Färe et al. 1994): Malmquist = efficiency change × technical change.
 * @customfunction DEA.MALMQUIST DEA.MALMQUIST
 * @helpurl https://localhost:3000/help.html#deamalmquist
 * @param inputs Inputs of the units stacked by period (the same units in the same order in every period); all positive.
 * @param outputs Outputs, the same rows; ≥ 0.
 * @param periods One period label per row (numbers or text), e.g. the year.
 * @param [units] Optional unit names: one per unit, or one per row; default Unit 1, Unit 2, ….
 * @param [orientation] IN (default) or OUT; under CRS both give the same indices.
 * @returns {unknown[][]} Table with a header row: Period, Unit, Malmquist, Efficiency change, Technical change.
 */
export function deaMalmquist(
  inputs: unknown[][],
  outputs: unknown[][],
  periods: unknown[][],
  units?: unknown[][],
  orientation?: unknown
) {
  return excelGrid(() => {
    const o = parseOrientation(optionalText(orientation, "IN", "orientation"));
    const n = toGrid(inputs).length;
    checkDeaSize("inputs", n, 0);
    const pg = toGrid(periods);
    const labels = pg.length * gridWidth(pg) === n ? labelCells(periods, "periods") : [];
    if (labels.length !== n)
      throw new InputError(
        `periods needs one label per row of inputs: inputs has ${n} rows, periods has ${pg.length * gridWidth(pg)} cells`
      );
    const order: string[] = [];
    const rowsOf = new Map<string, number[]>();
    labels.forEach((l, row) => {
      if (l.value === "")
        throw new InputError(`periods: ${l.at} is blank; every row needs its period`);
      let list = rowsOf.get(l.value);
      if (list === undefined) {
        rowsOf.set(l.value, (list = []));
        order.push(l.value);
      }
      list.push(row);
    });
    if (order.length < 2)
      throw new InputError(
        `periods holds one period (${order[0] ?? "none"}); the Malmquist index compares consecutive periods`
      );
    const groups = order.map((p) => rowsOf.get(p) as number[]);
    const size = groups[0].length;
    groups.forEach((g, t) => {
      if (g.length !== size)
        throw new InputError(
          `periods: ${order[t]} has ${g.length} rows but ${order[0]} has ${size}; every period needs the same units`
        );
    });
    if (size < 2)
      throw new InputError("Each period needs at least 2 units to compare (one row per unit)");
    const names = unitNames(units, size, groups, n);
    const d = dataOf(inputs, outputs);
    const show = (v: MalmquistValue, what: string, row: number): number | InputError =>
      typeof v === "number"
        ? v
        : InputError.about(`The ${what} of ${names[row]}`, `cannot be computed: ${v.reason}`, "na");
    return [
      ["Period", "Unit", "Malmquist", "Efficiency change", "Technical change"],
      ...malmquist(d, groups, o).map((r) => [
        `${order[r.period]}-${order[r.period + 1]}`,
        names[r.unit],
        show(r.malmquist, "Malmquist index", r.unit),
        r.efficiencyChange,
        show(r.technicalChange, "technical change", r.unit),
      ]),
    ];
  });
}

/** Unit names: given one per unit or one per row (then the same in every period), else Unit 1, Unit 2, …. */
function unitNames(units: unknown, size: number, groups: number[][], rows: number): string[] {
  const ug = toGrid(units);
  const count = ug.length * gridWidth(ug);
  if (count !== size && count !== rows) {
    if (isOmitted(units)) return Array.from({ length: size }, (_, u) => `Unit ${u + 1}`);
    throw new InputError(
      `units needs one name per unit (${size}) or one per row (${rows}), not ${count}`
    );
  }
  if (isOmitted(units)) return Array.from({ length: size }, (_, u) => `Unit ${u + 1}`);
  const cells = labelCells(units, "units");
  if (cells.length !== size && cells.length !== rows)
    throw new InputError(
      `units needs one name per unit (${size}) or one per row (${rows}), not ${cells.length}`
    );
  const names =
    cells.length === size ? cells.map((c) => c.value) : groups[0].map((r) => cells[r].value);
  names.forEach((name, u) => {
    if (name === "") throw new InputError(`units: the name of unit ${u + 1} is blank`);
  });
  if (cells.length === rows) {
    for (const g of groups)
      g.forEach((row, u) => {
        if (cells[row].value.toLowerCase() !== names[u].toLowerCase())
          throw new InputError(
            `units: ${cells[row].at} is "${cells[row].value.slice(0, 20)}" but unit ${u + 1} of the first period is "${names[u].slice(0, 20)}"; list the same units in the same order in every period`
          );
      });
  }
  return names;
}
