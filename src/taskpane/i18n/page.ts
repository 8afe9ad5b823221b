/**
 * The words of the page around the wizard (taskpane.html, written by taskpane.ts) in each
 * language: the `page` part of the message tables en.ts and zh-CN.ts, in a module of its own so
 * that taskpane.js carries these and not the whole tables.
 */
import type { Language } from "../../core/language";

export const PAGE_EN = {
  title: "Low-Carbon Evaluation",
  skip: "Skip to the function list",
  version: (v: string) => `Excel add-in · version ${v}`,
  connecting: "Connecting to Excel…",
  preview:
    "Preview mode: this page is open outside Excel. Add the add-in to Excel to use the functions in cells.",
  connected: (host: string, platform: string) =>
    `Connected to ${host}${platform ? ` on ${platform}` : ""}. The functions are ready to use in cells.`,
  platforms: {
    PC: "Windows",
    Mac: "Mac",
    OfficeOnline: "the web",
    iOS: "iPad",
    Android: "Android",
    Universal: "Windows",
  } as Record<string, string>,
  noSharedRuntime:
    "This version of Excel lacks the shared runtime (SharedRuntime 1.1) that the functions need.",
  wizardHeading: "Build the evaluation workbook",
  loadingWizard: "Loading the wizard…",
  aboutHeading: "What it does",
  aboutIntro:
    "Evaluation methods for low-carbon development as Excel functions that recalculate with your data:",
  colon: ": ",
  aboutAhp: "priority weights and consistency (CI, CR) of pairwise comparison matrices",
  aboutGreyName: "Grey",
  aboutGrey: "grey multi-level evaluation with whitening weight functions",
  aboutScoringName: "Scoring",
  aboutScoring: "quantitative scoring of indicators against thresholds",
  aboutAnp: "analytic network process supermatrix priorities",
  aboutTradeName: "Trade & services",
  aboutTrade: "trade structure and service outsourcing indicators",
  /** HTML (a constant of this table): the hint under the list. */
  typeHintHtml:
    'Type <code lang="en">=AHP.WEIGHTS(</code> in a cell to start; Excel shows each argument as you type.',
  functionsHeading: "Functions",
  filterLabel: "Filter functions",
  filterPlaceholder: "e.g. weights, grey, CR",
  filterResult: (shown: number, total: number) => `${shown} of ${total} functions match.`,
  help: "Help: every function with examples",
  helpHref: "help.html",
  language: "Language",
};

export const PAGE_ZH: typeof PAGE_EN = {
  title: "低碳评价",
  skip: "跳到函数列表",
  version: (v) => `Excel 加载项 · 版本 ${v}`,
  connecting: "正在连接 Excel…",
  preview: "预览模式：此页面在 Excel 之外打开。将加载项添加到 Excel 后即可在单元格中使用函数。",
  connected: (host, platform) =>
    `已连接到${platform ? ` ${platform} 上的` : ""} ${host}。可以在单元格中使用函数了。`,
  platforms: {
    PC: "Windows",
    Mac: "Mac",
    OfficeOnline: "网页版",
    iOS: "iPad",
    Android: "Android",
    Universal: "Windows",
  },
  noSharedRuntime: "此版本的 Excel 缺少函数所需的共享运行时（SharedRuntime 1.1）。",
  wizardHeading: "创建评价工作簿",
  loadingWizard: "正在加载向导…",
  aboutHeading: "功能简介",
  aboutIntro: "以 Excel 函数提供低碳发展评价方法，随数据自动重新计算：",
  colon: "：",
  aboutAhp: "判断矩阵的优先权重与一致性（CI、CR）",
  aboutGreyName: "灰色评价",
  aboutGrey: "基于白化权函数的灰色多层次评价",
  aboutScoringName: "定量评分",
  aboutScoring: "按阈值对定量指标评分",
  aboutAnp: "网络分析法超矩阵的优先权重",
  aboutTradeName: "贸易与服务",
  aboutTrade: "贸易结构与服务外包指标",
  typeHintHtml:
    '在单元格中输入 <code lang="en">=AHP.WEIGHTS(</code> 即可开始；输入时 Excel 会逐一提示各参数。',
  functionsHeading: "函数",
  filterLabel: "筛选函数",
  filterPlaceholder: "例如 权重、灰色、CR",
  filterResult: (shown, total) => `${total} 个函数中有 ${shown} 个匹配。`,
  help: "帮助：每个函数及其示例",
  helpHref: "help.zh-CN.html",
  language: "语言",
};

/** The words of the page around the wizard, per language. */
export const PAGES: Record<Language, typeof PAGE_EN> = { en: PAGE_EN, "zh-CN": PAGE_ZH };
