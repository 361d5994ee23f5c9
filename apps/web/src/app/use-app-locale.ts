import { useTranslation } from "react-i18next";
import { type AppLocale, isAppLocale } from "../format/locale";

/** The UI language in effect, as one of Attain's locales. */
export function useAppLocale(): AppLocale {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return isAppLocale(language) ? language : "en";
}
