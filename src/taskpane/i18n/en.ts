/**
 * The task pane's English text: every string the pane shows (the page around the wizard, each
 * step, its dialogs, field messages, aria-labels, titles, progress and status). zh-CN.ts has the
 * same keys (typed against `Messages`, so a key missing there fails tsc). Texts with values are
 * functions, so each language orders its own words.
 */
import { CHECK_MESSAGES_EN } from "../../workbook/checkMessages";
import { PAGE_EN } from "./page";

/** "1 row" / "3 rows". */
const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export const en = {
  /** The page around the wizard (taskpane.html, taskpane.ts): ./page.ts. */
  page: PAGE_EN,

  app: {
    loading: "Loading the wizard…",
    steps: {
      start: "Start",
      system: "Indicators",
      settings: "Settings",
      build: "Build",
      check: "Check",
      results: "Results",
    },
    step: (n: number, label: string) => `${n}. ${label}`,
    stepsLabel: "Wizard steps",
    startOver: "Start over",
    undone: (label: string) => `Undone: ${label}`,
    redone: (label: string) => `Redone: ${label}`,
    replaceTitle: "Replace your indicator system?",
    replaceIt: "Replace it",
    keepEdits: "Keep my edits",
    replaceBody: (nodes: number) =>
      `The current evaluation (${nodes} nodes) has changes that are not in the one you are starting from. Replacing it discards them; Undo (Ctrl+Z) in the Indicators step brings the old indicator system back until the pane is closed.`,
    draftNotSaved: (why: string) => `The draft could not be saved in the workbook: ${why}`,
  },

  common: {
    cancel: "Cancel",
    noName: "(no name)",
    notANumber: (text: string) => `"${text}" is not a number`,
    pasteHint: "Cells copied from Excel, or CSV text",
    readSelection: "Read the selected cells",
    readPasted: "Read the pasted table",
    readAs: (name: string, encoding: string) => `${name} (read as ${encoding})`,
    selectedCells: "The selected cells",
    xlsNotSupported: (name: string) =>
      `${name} is an Excel 97-2003 workbook: save it as .xlsx or .csv and choose that file`,
    notZip: (name: string) =>
      `${name} could not be read as an .xlsx workbook (it is not a zip archive, as every .xlsx is)`,
    xlsxUnreadable: (name: string, why: string) =>
      `${name} could not be read as an .xlsx workbook (${why})`,
    noVisibleSheet: (name: string) => `${name} has no visible worksheet`,
    fixFirst: (n: number) => (n === 1 ? "Fix this first: " : `Fix these ${n} first: `),
    fieldProblem: (label: string, why: string) => `${label}: ${why}`,
    stale:
      "The indicator system or settings changed since the workbook was built: the workbook still holds the earlier version. Build again (step 4) before reading these results.",
  },

  start: {
    intro:
      "Build the whole evaluation workbook: indicator system, comparison matrices, expert score sheets, quantitative data, results and charts.",
    startFrom: "Start from",
    existing: (nodes: number) => `Continue this workbook's evaluation (${nodes} nodes)`,
    paper: "The paper's low-carbon industry innovation evaluation",
    blank: "A blank indicator system",
    import: "Import an indicator table",
    /** HTML (a constant of this table). */
    importHelpHtml:
      'A table <code lang="en">Id, Parent, Name, Type, Direction, Unit</code> (with or without its header row, English or Chinese), or an outline with one column per level. You see what was read before anything is replaced.',
    pasteLabel: "Paste the table",
    pasteFirst: "Paste the table into the box first",
    pastedText: "The pasted text",
    readFile: "Read a file…",
    fileInput: "Indicator file (.xlsx, .csv, .tsv, .txt)",
    downloadTemplate: "Download an indicator template (.csv)",
    sheet: "Sheet",
    fileSheet: (file: string, sheet: string) => `${file}, sheet ${sheet}`,
    useAndContinue: "Use this and continue",
  },

  preview: {
    label: "Import preview",
    heading: "What was read",
    summary: (criteria: number, leaves: number, levels: number) =>
      `${count(criteria, "criterion", "criteria")} and ${count(leaves, "indicator")} on ${count(levels, "level")}`,
    readAs: (source: string, layout: string) => `${source}, read as ${layout}: `,
    fromRows: (summary: string, rows: number) => `${summary} from ${count(rows, "row")}.`,
    noSystem: "no indicator system.",
    tree: "Imported indicator tree",
    qualitative: "qualitative",
    quantitative: "quantitative",
    benefit: "benefit",
    cost: "cost",
    questions: (n: number) => `${count(n, "question")} about this table`,
    nothing: "Nothing to import",
    problems: "Import problems",
    leavesOut: (n: number) =>
      `Replacing leaves out the ${count(n, "row")} listed above; fix them in the table and read it again to include them.`,
    everyRow: "Every row is placed.",
    onlyOnReplace: "The current indicator system is replaced only when you press Replace.",
    replace: "Replace the current system with this",
    /** The layouts src/workbook/import.ts names (English there: the key is its text). */
    layouts: {
      nothing: "nothing",
      "a table": "a table",
      "a table with a header row": "a table with a header row",
      "a header row": "a header row",
      "a table without a header row (Id, Parent, Name, Type, Direction, Unit)":
        "a table without a header row (Id, Parent, Name, Type, Direction, Unit)",
      "an outline (parents written on some rows and not others)":
        "an outline (parents written on some rows and not others)",
      "an outline with the parent on every row": "an outline with the parent on every row",
      "an outline with each parent written once": "an outline with each parent written once",
      "a list (one level)": "a list (one level)",
    } as Record<string, string>,
  },

  tree: {
    label: "Indicator system",
    repeated: "repeated",
    elsewhere: "also elsewhere",
    below: (n: number) => `${n} below`,
    data: "data",
    experts: "experts",
    costTag: " · cost",
  },

  hierarchy: {
    goal: "Goal",
    /** HTML (a constant of this table): the keys help under the goal. */
    keysHtml:
      "Nodes with children are criteria; leaves are indicators. <em>Italic</em> names are the template's editable examples. Keys: arrows, F2 rename, Alt+Shift+arrows move, Delete remove, Ctrl+Z undo; or drag a node onto another.",
    historyToolbar: "Edit history",
    undo: "Undo",
    redo: "Redo",
    undoTitle: (label: string) => `Undo: ${label} (Ctrl+Z)`,
    redoTitle: (label: string) => `Redo: ${label} (Ctrl+Y)`,
    nothingToUndo: "Nothing to undo",
    nothingToRedo: "Nothing to redo",
    addCriterion: "Add criterion",
    addCriterionEdit: "Add a criterion",
    aCriterionWithIndicator: "a criterion with one indicator",
    actionsOn: (name: string) => `Actions on "${name}"`,
    addChild: "Add child",
    addChildEdit: "Add a child",
    addSibling: "Add sibling",
    addSiblingEdit: "Add a sibling",
    anIndicator: "an indicator",
    aNode: "a node",
    newIndicator: "New indicator",
    newCriterion: "New criterion",
    added: (what: string) => `Added ${what}. Press F2 to rename it.`,
    indent: "Indent",
    indentTitle: "Under the node above (Alt+Shift+Right)",
    indentEdit: (name: string) => `Indent "${name}"`,
    nowUnder: (name: string, parent: string) => `"${name}" is now under "${parent}"`,
    outdent: "Outdent",
    outdentTitle: "Up one level (Alt+Shift+Left)",
    outdentEdit: (name: string) => `Outdent "${name}"`,
    nowAfter: (name: string, after: string) => `"${name}" is now after "${after}".`,
    up: "Up",
    upTitle: "Move up (Alt+Shift+Up)",
    down: "Down",
    downTitle: "Move down (Alt+Shift+Down)",
    moveEdit: (name: string, up: boolean) => `Move "${name}" ${up ? "up" : "down"}`,
    moved: (name: string, up: boolean) => `Moved "${name}" ${up ? "up" : "down"}`,
    remove: "Remove",
    removeTitle: "Remove (Delete)",
    removeEdit: (name: string) => `Remove "${name}"`,
    removed: (name: string, below: number) =>
      `Removed "${name}"${below > 0 ? ` and ${below} below it` : ""}. Undo: Ctrl+Z.`,
    ownSubtree: (name: string) => `"${name}" cannot go under its own subtree`,
    dropEdit: (name: string, place: "before" | "after" | "inside", target: string) =>
      `Move "${name}" ${place === "inside" ? "under" : place} "${target}"`,
    dropped: (name: string, place: "before" | "after" | "inside", target: string) =>
      `Moved "${name}" ${place === "inside" ? "under" : place} "${target}".`,
    becameIndicator: (name: string) =>
      `"${name}" has no children left: it is an indicator now (Undo to take it back).`,
    renameEdit: (name: string) => `Rename "${name}"`,
    unitEdit: (name: string) => `Change the unit of "${name}"`,
    goalEdit: "Rename the goal",
    typeEdit: (name: string) => `Change the type of "${name}"`,
    directionEdit: (name: string) => `Change the direction of "${name}"`,
    editor: (name: string) => `Edit "${name}"`,
    name: "Name",
    type: "Type",
    qualitative: "Qualitative (experts)",
    quantitative: "Quantitative (data)",
    direction: "Direction",
    benefit: "Benefit",
    cost: "Cost",
    unit: "Unit",
    continue: "Continue to settings",
  },

  remove: {
    titleBelow: (name: string, below: number) =>
      `Remove "${name}" and the ${below === 1 ? "node" : `${below} nodes`} below it?`,
    title: (name: string) => `Remove "${name}"?`,
    remove: "Remove",
    becomesIndicator: (parent: string) => `Remove; "${parent}" becomes an indicator`,
    parentToo: (parent: string) => `Remove "${parent}" too`,
    belowIt: (names: string, more: number) =>
      `Below it: ${names}${more > 0 ? ` and ${more} more` : ""}. Their judgments and scores go from the workbook at the next build.`,
    listSeparator: ", ",
    noChildrenLeft: (parent: string) =>
      `"${parent}" then has no children left: it becomes an indicator, scored by the experts, unless you remove it too.`,
    undoBrings: (several: boolean) => `Undo (Ctrl+Z) brings ${several ? "them" : "it"} back.`,
  },

  settings: {
    enter: (what: string) => `Enter ${what}`,
    whole: (what: string, value: number) => `${what} is a whole number, not ${value}`,
    notAYear: (value: number) => `${value} is not a year between 1900 and 2200`,
    crThreshold: "CR threshold",
    aCrThreshold: "a CR threshold such as 0.1",
    crRange: (value: number) =>
      `The CR threshold is a ratio between 0 and 1 (Saaty's is 0.1), not ${value}`,
    experts: "Experts (one name per line)",
    units: "Units evaluated (one name per line; none or one: a single unit)",
    window: "Window (years)",
    theWindow: "the window",
    firstYear: "First year",
    theFirstYear: "the first year",
    firstAfterLast: (last: number) => `The first year is after the last year (${last})`,
    atMostYearsLast: (max: number, last: number) =>
      `At most ${max} years (the last year is ${last})`,
    lastYear: "Last year",
    theLastYear: "the last year",
    lastBeforeFirst: (first: number) => `The last year is before the first year (${first})`,
    atMostYearsFirst: (max: number, first: number) =>
      `At most ${max} years (the first year is ${first})`,
    sectors: "Sectors of the input-output table",
    theSectors: "the number of sectors",
    sectorsRange: (max: number) => `The number of sectors runs from 1 to ${max}`,
    method: "Weight method",
    nativeEigen: "Native formulas cannot compute EIGEN: the workbook uses SQRT.",
    methodHint: "EIGEN: principal eigenvector; SQRT: row geometric mean; SUM: normalised columns.",
    eigen: "EIGEN (principal eigenvector)",
    sqrt: "SQRT (square root / geometric mean)",
    sum: "SUM (sum-product / normalised columns)",
    riTable: "RI table",
    scale: "Grade scale",
    scale4: "4: Excellent 4, Good 3, Medium 2, Poor 1",
    scale10: "10: 9, 7, 5, 3",
    scale10_5: "10-5: 9, 7, 5, 3, Very poor 1",
    scale5_3: "5-3: Good 5, Medium 3, Poor 1",
    comparisons: "Comparisons",
    aij: "Each expert fills comparisons; aggregate by AIJ",
    agreed: "One agreed comparison matrix per criterion",
    questionnaire:
      "Questionnaire sheets: experts answer one question per pair instead of filling matrices",
    windowHint: "Years in each moving average of the quantitative data.",
    unitsHint:
      "Regions, industries, firms or years: each gets its own scores and data; the weights are shared.",
    thresholds: "Quantitative thresholds (worst and best)",
    thresholdsLabel: "Quantitative thresholds",
    own: "The unit's own smoothed history (the paper's method)",
    acrossUnits: "Across all units' smoothed values",
    typed: "Typed per indicator: a benchmark and a target",
    workbookLanguage: "Workbook language",
    workbookLanguageHint:
      "Sheet names, headings, grades and charts. Formulas and inputs are the same in both: a rebuild in the other language keeps everything typed. Indicator names are yours to translate.",
    style: "Formula style",
    addin: "Add-in functions (=AHP.WEIGHTS …), recalculate live",
    native: "Native Excel formulas, for colleagues without the add-in",
    efficiency:
      "Add the input-output efficiency (DEA) of the units: quantitative indicators under Input criteria are inputs, under Output criteria outputs (cost ones undesirable)",
    trade: "Add the trade-structure analysis",
    service: "Add the service-outsourcing analysis",
    coupling:
      "Add the Coupling sheet: how innovation (W) and the trade structure move together (coupling coordination degree)",
    embodied:
      "Add the Embodied Carbon sheet: emissions embodied in exports and imports from an input-output table, by trade class",
    sectorsHint:
      "Rows laid out for the sectors you paste (a rebuild keeps every sector already typed).",
    continue: "Continue to build",
    roles: "DEA role of each quantitative indicator",
    roleInput: "Input",
    roleOutput: "Output",
    roleUndesirable: "Undesirable output (SBM)",
    roleNone: "Not used",
  },

  objective: {
    heading: "Objective weights",
    alpha: "α: share of the AHP weights",
    enterAlpha: "Enter α, a share between 0 and 1 such as 0.5",
    switch: "Combine the AHP weights with entropy weights of the quantitative indicators",
    explain:
      "Entropy weights give more weight to the quantitative indicators on which the units differ more (each unit's latest-year value, min-max normalised). The Results sheet gets an Objective weights table; the combined weights keep the quantitative indicators' total AHP weight, so the qualitative indicators keep theirs.",
    combination: "Combination",
    multiplicative: "Multiplicative: a·b / Σ a·b",
    linear: "Linear: α·a + (1 − α)·b",
    alphaHint: "a: the AHP weights, b: the entropy weights. 1: AHP only, 0: entropy only.",
    use: "Use the combined weights in the evaluation (otherwise the table is for comparison)",
  },

  /** Messages of src/workbook (model.ts, nodeNames.ts, objectiveWeights.ts) the pane shows. */
  problems: {
    noName: (node: string) => `${node} has no name`,
    sameId: (a: string, b: string, id: string) => `${a} and ${b} have the same id ${id}`,
    unknownParent: (name: string, parent: string) =>
      `Node "${name}" has an unknown parent ${parent}`,
    notConnected: "Some nodes are not connected to the goal (a cycle?)",
    noIndicators: "The hierarchy has no indicators",
    over15: "A node has more than 15 children: only the ALONSO RI table goes beyond n = 15",
    oneExpert: "At least one expert is needed",
    expertNoName: "An expert has no name",
    listedTwice: (name: string) => `"${name}" is listed twice`,
    atMostUnits: (max: number, n: number) => `At most ${max} units (${n} are listed)`,
    unitNoName: "A unit has no name",
    unitTwice: (name: string) => `The unit "${name}" is listed twice`,
    windowWhole: "The window must be a whole number ≥ 1",
    windowYears: (window: number, years: number) =>
      `A window of ${window} needs at least ${window + 1} years of data (${years === 1 ? "1 year is" : `${years} years are`} set): the score compares the latest smoothed value with earlier ones`,
    siblings: (n: number, under: string, name: string) =>
      `${n === 2 ? "Two nodes" : `${n} nodes`} under ${under} are called "${name}": siblings need different names`,
    alsoElsewhere: (name: string, under: string) =>
      `"${name}" is also the name of a node under ${under}; the sheets will show both`,
    entropyUnits: "Entropy weights compare units: list at least two units in Settings.",
    entropyIndicators: (k: number) =>
      `Entropy weights need at least two quantitative indicators (the hierarchy has ${k === 0 ? "none" : "one"}).`,
    alphaRange: (alpha: string) =>
      `α is the share of the AHP weights, between 0 and 1, not ${alpha}`,
    /** describeNode: "Patents" under A › B; Indicator 2 under the goal. */
    node: (name: string, path: string) => (path === "" ? `"${name}"` : `"${name}" under ${path}`),
    unnamed: (criterion: boolean, place: number, path: string) =>
      `${criterion ? "Criterion" : "Indicator"} ${place} under ${path === "" ? "the goal" : path}`,
    theGoal: "the goal",
  },

  build: {
    thresholdNames: {
      own: "from each unit's own history",
      units: "across all units",
      typed: "typed per indicator",
    },
    objective: (how: string, use: boolean) =>
      ` An Objective weights table on Results: entropy weights of the quantitative indicators combined with the AHP weights (${how}), ${use ? "used by the evaluation" : "for comparison"}.`,
    linear: (alpha: number) => `linear, α = ${alpha}`,
    multiplicative: "multiplicative",
    questionnaires: (first: string, n: number) => `${first} to ${n} (one per expert)`,
    sheets: (list: string) => `Sheets: ${list}. `,
    loadingTrade: "Loading the trade-file reader…",
    listSeparator: ", ",
    counts: (leaves: number, quant: number, blocks: number, experts: number, native: boolean) =>
      `${leaves} indicators (${quant} quantitative), ${blocks} comparison blocks, ${experts} experts, ${native ? "native Excel formulas" : "add-in functions"}.`,
    units: (n: number, names: string, thresholds: string) =>
      ` ${n} units (${names}): a block of scores and data each, shared weights, and a Units table on Results with each unit's W, grade and rank; thresholds ${thresholds}.`,
    sample: "Fill empty inputs with sample judgments, scores and data",
    buildExcel: "Build the workbook",
    buildDownload: "Build and download .xlsx",
    progress: {
      starting: "Starting",
      describing: "Describing the workbook",
      writingXlsx: "Writing the .xlsx file",
      downloaded: "Downloaded",
      reading: "Reading the workbook",
      writing: "Writing sheets",
      charts: "Charts, names and protection",
      done: "Done",
    },
    progressText: (step: string) => `${step}…`,
    conflict: (sheets: string) =>
      `The workbook already has ${sheets}. Update them in place (every judgment, score and value you typed for nodes that still exist is kept) or create new sheets beside them?`,
    updateInPlace: "Update in place",
    createNew: "Create new sheets",
    downloaded: "Downloaded",
    created: (list: string) => `Created: ${list}.`,
    updated: (list: string, kept: number) => `Updated in place: ${list}; ${kept} entries kept.`,
    removed: (list: string) => `Removed (no longer used): ${list}.`,
    keptAsTyped: "Kept as typed:",
    changed: "Changed so that every name fits a cell:",
    dropped: (list: string) => `Dropped (their nodes were removed): ${list}.`,
  },

  trade: {
    section: "Trade data",
    heading: "Trade data",
    intro:
      "A UN Comtrade, ITC Trade Map or WITS download (or any table with product codes, values and years). You see what was read before anything is used.",
    pasteLabel: "Paste the trade table",
    pasteFirst: "Paste the trade table into the box first",
    selectFirst: "Select the trade table with its header row first",
    pastedTable: "The pasted table",
    readFile: "Read a trade file…",
    fileInput: "Trade file (.xlsx, .csv, .txt)",
    roles: {
      code: "Product code (HS or SITC)",
      value: "Trade value (US$)",
      year: "Year",
      flow: "Flow (export / import)",
      partner: "Partner",
    },
    notRecognised: (source: string) => `${source}: `,
    nameColumns: ". Name its columns:",
    chooseColumn: "(choose a column)",
    none: "(none)",
    column: (n: number) => `Column ${n}`,
    readWithColumns: "Read with these columns",
    whatWasRead: (source: string) => `${source}, what was read:`,
    reportLabel: "What was read",
    trade: "trade",
    exports: "exports",
    rows: (rows: string, what: string, years: string) =>
      `${rows} rows of ${what} in US$ for the Trade Structure sheet (${years}), by year and HS code.`,
    outside: (years: string, outside: string) =>
      ` The evaluation's years are ${years}: the rows of ${outside} go on the sheet but not in its shares table.`,
    useRows: "Use these rows",
    label: (source: string, rows: string, what: string, years: string) =>
      `${source}: ${rows} rows of ${what} (${years})`,
    replaceAtBuild: (label: string) =>
      `${label}. They replace the Trade Structure sheet's rows when you build.`,
    doNotUse: "Do not use them",
  },

  check: {
    again: "Check again",
    blocks: "Comparison blocks",
    states: {
      consistent: "consistent",
      inconsistent: "inconsistent",
      incomplete: "incomplete",
      invalid: "invalid",
    },
    cr: (cr: string) => ` · CR ${cr}`,
    missing: (n: number) => `Missing entries (${n})`,
    missingPerUnit: "Missing per unit",
    everythingEntered: "every score and data series entered",
    scores: (n: number) => `${n} score${n === 1 ? "" : "s"}`,
    series: (n: number) => `${n} data series`,
    unitMissing: (parts: string) => `${parts} missing`,
    listSeparator: ", ",
    nothingMissing: "Nothing is missing.",
    more: (n: number) => `… and ${n} more.`,
    at: (sheet: string, address: string) => ` (${sheet}!${address})`,
    where: (sheet: string, address: string) =>
      `Preview: no cell to select here. In the downloaded workbook it is sheet ${sheet}, cell ${address}.`,
    /** What src/workbook/check.ts writes (its own English default). */
    items: CHECK_MESSAGES_EN,
  },

  results: {
    recalculate: "Recalculate",
    notReady: "Not all judgments, scores and data are in yet: see the Check step.",
    units: "Units",
    unit: "Unit",
    grade: "Grade",
    rank: "Rank",
    criterion: "Criterion",
    rankNote:
      "Rank 1 is the highest W; equal W share a rank. Per unit W and grade of each criterion and the memberships B are on the Results sheet.",
    memberships: (list: string) => `Memberships B: ${list}.`,
    listSeparator: ", ",
    where: (results: string, status: string, several: boolean, trade: boolean) =>
      `In the workbook: sheet ${results} holds the weights, the grey evaluation matrix, B per criterion and overall, W and the grade, a bar chart of the global weights and a column chart of the grade memberships. Names: EvalScore (W), EvalGrade, EvalClasses (B), GlobalWeights${several ? "; with several units, EvalScore, EvalGrade and EvalClasses are the first unit's, and the Units table (UnitScores, UnitGrades, UnitRanks) and a chart of W by unit compare them" : ""}. Sheet ${status} counts what is entered and lists what keeps the results provisional, each with a link to its cell.${trade ? " The Trade Structure sheet has the shares by year and a stacked chart." : ""}`,
  },
};

/** The shape of every language's table. */
export type Messages = typeof en;
