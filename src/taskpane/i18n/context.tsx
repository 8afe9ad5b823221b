/**
 * The wizard's language as React context: `useMessages()` gives the current table (components
 * read `m.step.key`), `useLanguage()` the language and the function that switches it.
 */
import * as React from "react";
import type { Language } from "../../core/language";
import type { Messages } from "./en";
import { MESSAGES } from "./messages";

interface LanguageState {
  language: Language;
  setLanguage: (language: Language) => void;
}

const LanguageContext = React.createContext<LanguageState>({
  language: "en",
  setLanguage: () => undefined,
});

export const LanguageProvider = LanguageContext.Provider;

/** The current language and the switch. */
export function useLanguage(): LanguageState {
  return React.useContext(LanguageContext);
}

/** The message table of the current language. */
export function useMessages(): Messages {
  return MESSAGES[React.useContext(LanguageContext).language];
}
