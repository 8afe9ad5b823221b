/**
 * The languages of the task pane, the workbook and the commonest error messages of the custom
 * functions. Function ids, formulas and named ranges do not depend on it.
 */

/** English or Simplified Chinese. */
export type Language = "en" | "zh-CN";

/** Every language, in the order a switch offers them. */
export const LANGUAGES: readonly Language[] = ["en", "zh-CN"];

/** Each language's name in itself, for a language switch. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: "English", "zh-CN": "简体中文" };

/**
 * The language for a BCP 47 tag from Office (`Office.context.displayLanguage`) or a browser
 * (`navigator.language`): Simplified Chinese for zh, zh-CN, zh-SG and zh-Hans-*; English for
 * everything else, Traditional Chinese (zh-TW, zh-HK, zh-MO, zh-Hant-*) included, and for a
 * blank or missing tag.
 *
 * @example languageOf("zh-CN") // "zh-CN"
 * @example languageOf("zh-TW") // "en"
 * @example languageOf("de-DE") // "en"
 */
export function languageOf(tag: string | null | undefined): Language {
  const parts = (tag ?? "").trim().toLowerCase().replace(/_/g, "-").split("-");
  if (parts[0] !== "zh") return "en";
  if (parts.includes("hant")) return "en";
  if (parts.includes("hans")) return "zh-CN";
  return parts.some((p) => p === "tw" || p === "hk" || p === "mo") ? "en" : "zh-CN";
}

/**
 * Office's display language tag (`Office.context.displayLanguage`) on a global object
 * (`globalThis` in the add-in's page), or undefined where there is no Office, no context yet
 * (reading it may then throw) or no tag.
 *
 * @example displayLanguageTag({ Office: { context: { displayLanguage: "zh-CN" } } }) // "zh-CN"
 * @example displayLanguageTag({}) // undefined
 */
export function displayLanguageTag(global: unknown): string | undefined {
  try {
    const tag = (global as { Office?: { context?: { displayLanguage?: unknown } } }).Office?.context
      ?.displayLanguage;
    return typeof tag === "string" && tag !== "" ? tag : undefined;
  } catch {
    return undefined;
  }
}

/** Whether `value` is one of LANGUAGES (for settings read back from a stored workbook). */
export function isLanguage(value: unknown): value is Language {
  return value === "en" || value === "zh-CN";
}
