/** The workbook's message tables by language (src/workbook/i18n/en.ts, zh-CN.ts). */
import type { Language } from "../../core/language";
import type { EvaluationSettings } from "../model";
import { en, WorkbookMessages } from "./en";
import { zhCN } from "./zh-CN";

export type { WorkbookMessages } from "./en";
export { en } from "./en";
export { zhCN } from "./zh-CN";

const TABLES: Record<Language, WorkbookMessages> = { en, "zh-CN": zhCN };

/**
 * The message table of `language` (English when absent).
 *
 * @example messagesOf("zh-CN").sheets.results // "结果"
 */
export function messagesOf(language: Language | undefined): WorkbookMessages {
  return TABLES[language ?? "en"] ?? en;
}

/**
 * The language a workbook is written in: the setting, English when absent (every model stored
 * before it existed).
 *
 * @example workbookLanguage(DEFAULT_SETTINGS) // "en"
 */
export function workbookLanguage(settings: Pick<EvaluationSettings, "language">): Language {
  return settings.language ?? "en";
}
