/**
 * Every text the workbook builder writes, in English: sheet names, headings, labels, notes,
 * column headers, grades, chart titles, data validation messages and the texts of formulas
 * (Status, Comparisons). The Chinese table (zh-CN.ts) is typed against this one, so a missing
 * key fails tsc. Formulas, named ranges, number formats and ids do not come from here.
 */
import type { SheetId } from "../layout";

export const en = {
  /** Sheet names; the hidden meta sheet keeps one name in every language (the pane finds it by it). */
  sheets: {
    index: "Index System",
    questionnaire: "Questionnaire",
    comparisons: "Comparisons",
    scores: "Expert Scores",
    quant: "Quantitative Data",
    status: "Status",
    efficiency: "Efficiency",
    results: "Results",
    trade: "Trade Structure",
    service: "Service Outsourcing",
    coupling: "Coupling",
    embodied: "Embodied Carbon",
    meta: "_EvalMeta",
  } as Record<SheetId, string>,
  /** Grades of the named grey scales, best first (Excellent … Very poor). */
  grades: {
    excellent: "Excellent",
    good: "Good",
    medium: "Medium",
    poor: "Poor",
    veryPoor: "Very poor",
  },
  /** The verbal Saaty scale of the Questionnaire sheets. */
  verbal: {
    /** "A … more important (k)" for k = 2 … 9, side "A" or "B". */
    more: (side: "A" | "B", k: number) =>
      `${side} ${
        {
          9: "extremely",
          8: "very strongly to extremely",
          7: "very strongly",
          6: "strongly to very strongly",
          5: "strongly",
          4: "moderately to strongly",
          3: "moderately",
          2: "equally to moderately",
        }[k]
      } more important (${k})`,
    equal: "Equally important (1)",
  },
  common: {
    id: "Id",
    indicator: "Indicator",
    criterion: "Criterion",
    unit: "Unit",
    note: "Note",
    weight: "Weight",
    rank: "Rank",
    grade: "Grade",
    direction: "Direction",
    name: "Name",
    of: "of",
    exampleNote: "Example indicator: rename or replace it",
    noQualitative: "No qualitative indicators.",
    noQuantitative: "No quantitative indicators.",
    oneBlockPerUnit: " One block of rows per unit.",
    globalWeight: "Global weight",
    overall: "Overall",
    units: "Units",
    validationTitle: "Input",
    invalidTitle: "Invalid entry",
    benefit: "benefit",
    cost: "cost",
    qualitative: "qualitative",
    quantitative: "quantitative",
  },
  blocks: {
    agreed: "agreed judgments",
    aggregate: (experts: number) =>
      `aggregate of ${experts} experts (AIJ, weighted geometric mean, equal weights)`,
    aggregateShort: "aggregate (AIJ)",
  },
  index: {
    title: "Index system",
    headers: ["Id", "Parent", "Name", "Level", "Kind", "Type", "Direction", "Unit", "Note"],
    goal: "goal",
    indicator: "indicator",
    criterion: "criterion",
    note: (goal: string) =>
      `Goal: ${goal}. Edit the hierarchy in the task pane (Indicator system step); ids are stable and match judgments and scores when rebuilding.`,
  },
  scores: {
    title: "Expert scores (evaluation sample matrix)",
    prompt: (max: number) => `Score from 0 to ${max}`,
    error: (max: number, scale: string) => `Scores run from 0 to ${max} on scale ${scale}.`,
    note: (max: number, scale: string, classes: string, several: boolean) =>
      `Each expert scores each qualitative indicator from 0 to ${max} on scale ${scale}: ${classes}. Leave a cell blank when an expert gives no score.${several ? " One block of rows per unit." : ""}`,
  },
  quant: {
    title: "Quantitative indicators",
    data: "Data",
    smoothed: (n: number) => `Smoothed (${n}-year moving average)`,
    bounds: ["Worst", "Best", "Latest", "Score"],
    typedHeading: (several: boolean) =>
      `Thresholds typed per indicator (a benchmark or target${several ? ", for every unit" : ""}): worst and best`,
    thresholds: {
      own: (_several: boolean) =>
        "the worst and best thresholds come from the smoothed history (min/max for benefit, max/min for cost)",
      units: (several: boolean) =>
        `the worst and best thresholds come from ${several ? "every unit's" : "the"} smoothed values (min/max for benefit, max/min for cost)`,
      typed: (_several: boolean) => "the worst and best thresholds are the ones typed above",
    },
    note: (n: number, thresholds: string, low: number, high: number, several: boolean) =>
      `Enter yearly values in the yellow cells. Each series is smoothed by a ${n}-year moving average; ${thresholds} and the latest smoothed value is scored from ${low} to ${high}.${several ? " One block of rows per unit." : ""}`,
  },
  comparisons: {
    title: "Pairwise comparisons",
    numericMatrix: "Numeric matrix the formulas read",
    report: (threshold: number) => [
      "n",
      "Method",
      "λmax",
      "CI",
      "RI table",
      "RI",
      "CR",
      "GCI",
      `Consistent (CR < ${threshold})`,
    ],
    status: "Status",
    nativeStats: (riTable: string) => ["λmax", "CI", `RI (${riTable})`, "CR", "Status"],
    prompt: "Saaty scale 1/9 … 9: type 3, 0.2, =1/5 or '1/5 (Excel reads a bare 1/5 as a date)",
    error:
      "Enter a judgment from 1/9 to 9: a number such as 3 or 0.2, or a fraction typed as =1/5 or '1/5.",
    deviation: "|ln ε| (ranks judgments)",
    rowMean: "Row geometric mean",
    riTooLarge: "n > 15: use ALONSO",
    consistent: "Consistent",
    revise: (threshold: number) => `Revise: CR ≥ ${threshold}`,
    incompleteOrInvalid: "Incomplete or invalid",
    fromQuestionnaire: (one: boolean) =>
      `The judgments come from the Questionnaire sheets (${one ? "one questionnaire" : "one per expert"}): the upper triangle shows each answer as a number, how much more important the row element is than the column element (1/9 … 9); change the answers there. The lower triangle is the reciprocal.`,
    typed:
      "Type judgments in the yellow upper-triangle cells: how much more important the row element is than the column element (1/9 … 9; fractions as =1/3 or '1/3, since Excel reads a bare 1/3 as a date). The lower triangle is the reciprocal.",
    note: (entry: string, method: string, noEigen: boolean, riTable: string, cr: number) =>
      `${entry} Weights: ${method}${noEigen ? " (native formulas cannot compute EIGEN)" : ""}; RI table ${riTable}; consistent when CR < ${cr}. The numeric copies the formulas read are in the grouped columns to the right (+ above the column letters shows them).`,
  },
  questionnaire: {
    title: (label: string) => `Questionnaire — ${label}`,
    headers: ["#", "Element A", "Element B", "Question", "Answer (choose from the list)"],
    judgment: "Judgment a(A, B)",
    respect: (parent: string) => `With respect to ${parent}`,
    question: (a: string, b: string) => `${a} vs ${b}: which is more important, and how much?`,
    prompt: "A is Element A, B is Element B: choose which is more important, and how much.",
    error: (n: number, first: string, last: string) =>
      `Choose one of the ${n} answers of the list, from “${first}” to “${last}”.`,
    kept: (sheet: string, a: string, b: string, typed: string, n: number) =>
      `${sheet}, ${a} vs ${b}: ${typed} is not one of the ${n} answers of the drop-down and is kept as typed`,
    note: (label: string, threshold: number) =>
      `${label}: for each pair, choose in the yellow cell which element matters more with respect to the heading above it, and how much (A is the element in column B, B the one in column C; 1 equally, 3 moderately, 5 strongly, 7 very strongly, 9 extremely, 2, 4, 6 and 8 in between). The answers feed the Comparisons sheet, which computes the weights; each heading shows the consistency ratio CR of its answers (revise them when CR ≥ ${threshold}).`,
  },
  status: {
    title: "Status",
    blocks: "Comparison blocks",
    blockHeaders: [
      "Block",
      "Judgments entered",
      "of",
      "CR",
      "State",
      "Worst judgments (while not consistent)",
      "Judgment",
      "Consistent value wᵢ/wⱼ",
      "ε = aᵢⱼ·wⱼ/wᵢ",
    ],
    noBlocks: "No comparison blocks.",
    progress: "Progress",
    progressHeaders: ["What", "Entered", "Expected", "Missing"],
    judgments: "Judgments",
    expertScores: "Expert scores",
    series: "Complete data series",
    consistentBlocks: "Consistent comparison blocks",
    /** The state texts (the sheet's formulas and the core's statusValues write the same). */
    consistent: "Consistent",
    revise: (threshold: number) => `Revise: CR ≥ ${threshold}`,
    invalid: "Invalid judgments",
    waits: "Waits for every expert's judgments",
    notStarted: "Not started",
    /** "Incomplete: " & n & " missing" in a formula: the text before and after the count. */
    incomplete: ["Incomplete: ", " missing"] as [string, string],
    /** What is missing, after the count ("2" & " judgments"): one, many. */
    words: {
      judgments: [" judgment", " judgments"] as [string, string],
      scores: [" score", " scores"] as [string, string],
      series: [" data series", " data series"] as [string, string],
    },
    /** Between the counts of what is missing. */
    countsJoin: ", ",
    /** The warning's parts, in formula order. */
    notConsistent: [" comparison block is", " comparison blocks are"] as [string, string],
    first: " not consistent (first: ",
    firstEnd: "). ",
    missing: "Missing: ",
    missingEnd: ". ",
    provisional: "The results are provisional until this is fixed: see the Status sheet.",
    /** "TEXT(cr)" around the first block's CR: before and after. */
    cr: [" (CR ", ")"] as [string, string],
    pairSeparator: " vs ",
    results: "Results",
    final: "Final: every comparison block is consistent and nothing is missing.",
    note: (threshold: number) =>
      `What is entered and what needs attention, as you type. A block is consistent when all its judgments are entered and CR < ${threshold}; while it is not, its three worst judgments are listed with the value consistent with its weights (wᵢ/wⱼ) and ε = aᵢⱼ·wⱼ/wᵢ (1 is consistent). Click an item to go to its cell.`,
    expertHeaders: ["Expert", "Scores entered", "of"],
    quantitative: "Quantitative data",
    seriesHeaders: ["Indicator", "Years entered", "of"],
    unitHeaders: ["Unit", "Scores entered", "of", "Complete data series", "of"],
  },
  results: {
    title: (goal: string) => `Results: ${goal}`,
    note: (
      method: string,
      riTable: string,
      scale: string,
      centres: string,
      native: boolean,
      objective: string
    ) =>
      `Weights by ${method} (RI ${riTable}); grey evaluation on scale ${scale} (centres ${centres}). Multi-level B equals the one-level evaluation with global weights.${native ? " The whitening values and sums the formulas read are in the grouped columns to the right." : ""}${objective ? ` ${objective}` : ""}`,
    weights: "Weights",
    weightHeaders: ["Id", "Node", "Level", "Local weight", "Global weight"],
    grey: (unit: string | null) => (unit === null ? "Grey evaluation" : `Grey evaluation: ${unit}`),
    greyHeaders: ["Id", "Indicator", "Criterion", "Global weight"],
    r: (label: string) => `r: ${label}`,
    x: (label: string) => `x: ${label}`,
    f: (label: string, expert: string) => `f ${label} (${expert})`,
    evaluation: "Evaluation",
    centre: "Class centre",
    rankHelpers: ["Weight or −1", "Rank"],
    ranked: "Indicators by global weight",
    rankedHeaders: ["Rank", "Indicator", "Global weight"],
    chartWeights: "Global weights of the indicators, largest first",
    chartGrades: "Grade memberships (B)",
    chartUnits: "W by unit",
    unitsHeaders: (labels: string[]) => [
      "Unit",
      "W",
      "Grade",
      "Rank",
      ...labels.map((l) => `B: ${l}`),
    ],
  },
  robustness: {
    title: "Robustness",
    consensus: "Consensus of the experts",
    consensusNote: (max: number) =>
      `Goepel's S* (2013, as AHP-OS and AHP.CONSENSUS compute it): 1 when all experts give the same weights, 0 when each puts a different element ${max} times above the others; very low below 0.5, low to 0.625, moderate to 0.75, high to 0.875, very high above. AIJ aggregates the judgments (the workbook's weights), AIP the experts' weights (geometric mean, renormalised): where they differ much, the experts disagree.`,
    consensusHeaders: [
      "Comparison",
      "Element",
      "AIJ weight",
      "AIP weight",
      "Arithmetic mean",
      "S*",
      "Level",
    ],
    /** The words of S*, as CONSENSUS_WORDS orders them (very low … very high). */
    consensusWords: ["very low", "low", "moderate", "high", "very high"],
    sensitivityNote: (step: number, native: boolean) =>
      `Criteria weights moved by ±${step} (the other criteria rescaled in proportion, so the weights still sum to 1): W and the grade, and the smallest decrease and increase of the weight that change the grade (blank: none within 0 … 1). ${native ? "Native formulas: values computed when the workbook was built (GREY.SENSITIVITY computes them live in add-in style); build again after changing judgments or scores." : "=GREY.SENSITIVITY(…) per unit."}`,
    sensitivityHeaders: (step: number) => [
      "Criterion",
      "Weight",
      `W at −${step}`,
      `Grade at −${step}`,
      `W at +${step}`,
      `Grade at +${step}`,
      "Decrease that changes the grade",
      "Increase that changes the grade",
    ],
    deltaHeaders: (step: number) => [`ΔW at −${step}`, `ΔW at +${step}`],
    tornado: (step: number, unit: string | null) =>
      `W when a criterion's weight moves by ±${step}${unit === null ? "" : ` (${unit})`}`,
    tornadoSeries: (step: number) => [`Weight −${step}`, `Weight +${step}`],
    monteCarloPending: (what: string) =>
      `Judgments perturbed (Monte-Carlo): computed when the workbook is built. Enter ${what}, then build again.`,
    monteCarloNote: (spread: number, maxCr: number, samples: number, seed: number) =>
      `Judgments perturbed (Monte-Carlo): every judgment moved by up to ±${spread} step on the Saaty scale (1/9 … 9), matrices with CR above ${maxCr} drawn again; ${samples} samples (seed ${seed}). Values computed when the workbook was built: build again after changing judgments or scores.`,
    monteCarloHeaders: ["Unit", "Grade", "Same grade in", "W mean", "W SD", "W P5", "W P95"],
    sameRank: "Same rank in",
    firstLeftOut: "W, first left out",
    criterionW: (name: string) => `W: ${name}`,
    reversal: "Rank reversal",
    first: "First (highest W)",
    second: "Second",
    reversalHeaders: [
      "Criterion",
      "Weight",
      "Weight at which the two swap",
      "Change",
      "Size of the change",
    ],
    smallest: "Smallest change",
  },
  models: {
    title: "Models",
    labels: {
      grey: "Grey evaluation W",
      quant: "Quantitative indicators alone (threshold scores, global weights)",
      dea: "DEA efficiency (CRS)",
      topsis: "TOPSIS closeness",
      gra: "Grey relational grade (ρ = 0.5)",
    } as Record<"grey" | "quant" | "dea" | "topsis" | "gra", string>,
    spearman: "Spearman's rank correlation between the models",
    note: "TOPSIS and the grey relational grade rank the units by their mean score per indicator (each unit's grey sample averaged: the experts' scores, or the quantitative score; in the grouped columns to the right) with the weights the evaluation uses. The grey relational grade leaves out indicators on which every unit scores the same.",
    helpers: [
      "← weights",
      "← GRA weights (0: equal in every unit)",
      "← Δ, one row per unit",
      "← Δmin, Δmax",
    ],
    topsis: ["← ‖x‖", "← ideal best v⁺", "← ideal worst v⁻"],
  },
  objective: {
    title: "Objective weights (entropy)",
    multiplicative: "multiplicatively, a·b / Σ a·b",
    linear: (alpha: number) => `linearly, α·a + (1 − α)·b with α = ${alpha}`,
    uses: "The evaluation uses the combined weights for the quantitative indicators and the AHP weights for the qualitative ones (the grey tables' Global weight column; blank while the combined weights are).",
    compares: "The evaluation uses the AHP weights; this table is for comparison.",
    note: (n: number, lastYear: number, how: string, uses: string) =>
      `Entropy weights of the quantitative indicators across the ${n} units, from each unit's ${lastYear} value, min-max normalised (reversed for cost indicators): p = x′/Σx′, e = −Σ p ln p / ln ${n}, weight = (1 − e)/Σ(1 − e). Combined with the AHP weights ${how} (a the AHP and b the entropy weights, each rescaled to sum to 1), then rescaled to the quantitative indicators' total AHP weight, so the qualitative indicators keep their AHP weights and all weights still sum to 1. ${uses}`,
    headers: ["Id", "Indicator", "AHP global weight", "Entropy weight", "Combined weight"],
    latest: "Objective weights: latest values of each unit",
    needValues: (lastYear: number) =>
      `The entropy weights need every unit's ${lastYear} value of every quantitative indicator (Quantitative Data sheet).`,
    constant:
      "The entropy weights cannot be computed: min-max normalisation divides by 0 for an indicator equal in every unit: ",
    badAlpha: (why: string) => `The weights cannot be combined: ${why}.`,
    summaryUses:
      "The evaluation uses the combined objective weights for the quantitative indicators (Objective weights table).",
    summaryCompares:
      "The evaluation uses the AHP weights; the Objective weights table is for comparison.",
  },
  efficiency: {
    title: "Input-output efficiency (DEA)",
    inYear: (year: number) => `Efficiency in ${year} (input-oriented)`,
    kinds: { input: "input", output: "output", undesirable: "undesirable output" },
    measure: (name: string, kind: string) => `${name} (${kind})`,
    scores: ["CRS", "VRS", "Scale", "Returns"],
    slack: (name: string) => `Slack: ${name}`,
    target: (name: string) => `Target: ${name}`,
    slacks: "Slacks and targets (CRS): what an inefficient unit would need",
    chart: (year: number) => `Efficiency by unit, ${year} (1 = on the frontier)`,
    note: (
      inputs: string,
      outputs: string,
      undesirable: string,
      native: boolean,
      few: { units: number; measures: number } | null
    ) =>
      `Inputs: ${inputs}. Outputs: ${outputs}.${undesirable ? ` Undesirable outputs (SBM only, Tone 2004): ${undesirable}.` : ""} Scores: 1 = efficient, lower is worse; returns to scale from the NIRS model, as DEAP. ${native ? "Native formulas cannot solve the linear programs of DEA: the scores are values computed when the workbook was built; build again after changing the data. " : ""}${few ? `With ${few.units} units and ${few.measures} measures the scores lose discrimination (a rule of thumb asks for at least 3 × (inputs + outputs) units).` : ""}`,
    listJoin: ", ",
    malmquist: "Change over the years: Malmquist index (CRS)",
    malmquistHeaders: ["Period", "Unit", "Malmquist", "Efficiency change", "Technical change"],
    mean: "Geometric mean over the units",
    meanHeaders: ["Years", "Malmquist", "Efficiency change", "Technical change"],
    malmquistChart: "Malmquist index and its parts, geometric mean over the units",
  },
  trade: {
    title: "Trade structure",
    shares: "Export shares by year",
    year: "Year",
    total: "Total value",
    changes: "Change of each share from the year before",
    structural: "Structural change between consecutive years",
    headers: ["Year", "HS code", "Value", "Group"],
    lookupCode: "HS6 code",
    chart: "Trade structure: export shares by group",
    note: (rows: string) =>
      `Paste one row per product and year (Year, HS code, export value) from ITC Trade Map, UN Comtrade or WITS: ${rows} rows are laid out, and a rebuild lays out as many as the data hold. Groups follow the paper's Table 1: RIB = SITC 0–4, LIB = SITC 6 and 8, TIB = SITC 5 and 7, OTHER = SITC 9; HS codes go through the official HS→SITC tables (newest edition wins).`,
    changeHeaders: ["Years", "Moore M", "Angle θ (°)", "Modified Lilien", "NAV"],
    changeChart: "Structural change: the Moore angle between consecutive years (degrees)",
  },
  service: {
    title: "Service outsourcing",
    shares: "Shares by year",
    all: "All rows",
    headers: ["Year", "EBOPS code", "Value", "Class"],
    lookupCode: "EBOPS code",
    chart: "Service outsourcing: shares by class",
    note: (rows: string) =>
      `Paste services trade by year, EBOPS 2010 code (SA … SL and sub-codes) and value: ${rows} rows are laid out, and a rebuild lays out as many as the data hold. ITO = information technology, BPO = business process, KPO = knowledge process outsourcing (the add-in's documented default mapping). “All rows” counts every row, with or without a year.`,
  },
  coupling: {
    title: "Coupling coordination: innovation and trade structure",
    headers: [
      "Unit",
      "U₁ Innovation (W rescaled)",
      "U₂ Trade structure",
      "U₃ (optional)",
      "C coupling",
      "T coordination",
      "D coupling coordination",
      "Grade of D",
      "Note",
    ],
    scores: "Scores of the systems, each in [0, 1]",
    weight: "Weight in T",
    weightsNote:
      "← weights of U₁, U₂, U₃ in T (equal: 1 each), rescaled to sum 1 over the row's systems",
    grades: "Grades of D",
    gradeHeaders: ["D", "D from", "Grade"],
    thisEvaluation: "This evaluation",
    blankU2Trade: (year: number, sheet: string) =>
      `is blank: paste the trade rows of ${year} on the ${sheet} sheet, or type a score in [0, 1]`,
    blankU2: "is blank: type its trade-structure score in [0, 1]",
    message: (x: string, label: string, why: string) => `${x} of ${label} ${why}`,
    u1Blank: "is blank: W is not computed yet (see the Status sheet)",
    outside: "is outside [0, 1]",
    notNumber: "is not a number: type a score in [0, 1]",
    u3NotNumber: "is not a number: type a score in [0, 1] or leave it blank",
    weightBlank: "A weight in T (row 6) is blank or not a number",
    weightNegative: "A weight in T (row 6) is negative",
    weightZero: "The weights in T (row 6) sum to 0",
    everyU: "Every U",
    allZero: "is 0: C is undefined (0/0), and D = 0",
    scorePrompt: "A score in [0, 1]",
    scoreError: "The systems' scores run from 0 to 1.",
    weightPrompt: "A weight ≥ 0 (rescaled to sum 1)",
    weightError: "Weights are numbers ≥ 0.",
    chart: "Innovation U₁, trade structure U₂ and coupling coordination D by unit",
    series: ["U₁ Innovation", "U₂ Trade structure", "D coupling coordination"],
    u2Trade: (year: number, sheet: string) =>
      `the technology-intensive (TIB) export share of ${year} from the ${sheet} sheet unless you type another score`,
    u2Units:
      "typed per unit (e.g. its technology-intensive export share, or a trade-upgrading index)",
    u2Typed:
      "typed (e.g. the technology-intensive export share, or a trade-upgrading index; with the Trade Structure sheet it is the TIB share by default)",
    note: (low: number, high: number, results: string, u2: string) =>
      `How low-carbon innovation and the trade structure move together. U₁ Innovation: the evaluation's W rescaled to [0, 1] as (W − ${low})/(${high} − ${low}), the scale's lowest and highest class centres (${results} sheet). U₂ Trade structure: ${u2}. U₃: an optional third system; leave it blank for two. With k systems, C = k·(U₁·…·U_k)^(1/k)/(U₁ + … + U_k) (coupling), T = Σ wᵢUᵢ with the weights of row 6 rescaled to sum 1 (coordination), D = √(C·T) (coupling coordination degree), graded by the table below: the traditional coupling coordination degree model in the normative form of Wang et al. (2021), Journal of Natural Resources 36(3): 793–810.`,
  },
  embodied: {
    title: "Carbon embodied in trade (environmentally extended input-output)",
    sectors: "Sectors",
    headers: [
      "Sector",
      "ISIC code",
      "Class (blank: from the code)",
      "Total output x",
      "Direct emissions E",
      "Exports",
      "Imports",
      "Class used",
      "Direct intensity c = E/x",
      "Total intensity m = c·L",
      "Embodied in exports",
      "Embodied in imports",
      "Balance (exports − imports)",
      "Output multiplier",
      "Note",
    ],
    lookupCode: "ISIC division or section",
    lookupClass: "Class",
    negative: "A flow of this sector is negative: flows are ≥ 0",
    noOutput: "Total output x is blank, 0 or not a number while the sector has inputs or emissions",
    notProductive:
      "Its inputs are worth at least its output (column sum of A ≥ 1): the table is not productive, check x and the column of Z",
    noClass: "No class: type RIB, LIB, TIB or OTHER (the ISIC code is blank or not recognised)",
    badClass: "The class must be RIB, LIB, TIB or OTHER",
    total: "Total",
    byClass: "By trade class (the paper's Table 1)",
    classHeaders: [
      "Class",
      "Exports",
      "Imports",
      "Embodied in exports",
      "Embodied in imports",
      "Balance",
      "Share of embodied exports",
    ],
    unclassified:
      "Sectors without a class (see their Note) are in the totals above and in no class.",
    flows:
      "Intermediate flows Z: what the sector of the row sells to the sector of the column (same unit as x)",
    fromTo: "From \\ to",
    sector: "Sector ",
    classPrompt: "RIB, LIB, TIB or OTHER; leave blank to take the class from the ISIC code",
    classError: "The classes are RIB, LIB, TIB and OTHER.",
    numberPrompt: "A number ≥ 0",
    numberError: "Outputs, emissions, exports and imports are numbers ≥ 0.",
    flowPrompt: "A flow ≥ 0 (blank counts as 0)",
    flowError: "Flows are numbers ≥ 0.",
    chart: "Emissions embodied in exports and imports by trade class",
    note: (n: number) =>
      `Paste a sector × sector input-output table (e.g. a national table, or an extract of WIOD or the OECD ICIO): each sector's total output x, direct emissions E (e.g. t CO₂), exports and imports on its row above, the intermediate flows Z below (blank = 0); ${n} sectors are laid out (set their number in the task pane's Settings). A = Z·diag(x)⁻¹, L = (I − A)⁻¹ (the Leontief inverse), c = E/x, m = c·L: the emissions along the whole supply chain per unit of final demand. Embodied in exports = m × exports; in imports = m × imports, at domestic technology (the emissions avoided by importing). Classes follow the paper's Table 1 from the SITC section of each ISIC division's products (RIB = SITC 0–4, LIB = 6 and 8, TIB = 5 and 7; services OTHER) unless typed. The add-in's IO.COEFFICIENTS, IO.LEONTIEF, IO.INTENSITY and IO.EMBODIED compute the same.`,
  },
};

/** The type of a message table: every language has the English keys. */
export type WorkbookMessages = typeof en;
