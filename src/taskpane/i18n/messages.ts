import type { Language } from "../../core/language";
import { en, Messages } from "./en";
import { zhCN } from "./zh-CN";

/** The message table of each language. */
export const MESSAGES: Record<Language, Messages> = { en, "zh-CN": zhCN };
