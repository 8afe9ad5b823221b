import { Select } from "@fluentui/react-components";
import { LANGUAGES, LANGUAGE_NAMES, Language } from "../../core/language";
import { useLanguage, useMessages } from "../i18n/context";

/**
 * The pane's language switch (in the banner): each language named in itself. The choice is
 * remembered in local storage and changes the pane at once.
 */
export function LanguageSwitch() {
  const { language, setLanguage } = useLanguage();
  const m = useMessages();
  return (
    <Select
      size="small"
      appearance="outline"
      className="language-select"
      aria-label={m.page.language}
      title={m.page.language}
      value={language}
      onChange={(_, d) => setLanguage(d.value as Language)}
    >
      {LANGUAGES.map((l) => (
        <option key={l} value={l} lang={l}>
          {LANGUAGE_NAMES[l]}
        </option>
      ))}
    </Select>
  );
}
