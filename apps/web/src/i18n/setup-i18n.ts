import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import { type AppLocale, isAppLocale } from "../format/locale";
import dashboardsEn from "../dashboards/i18n/en.json";
import dashboardsFr from "../dashboards/i18n/fr.json";
import performanceEn from "../performance/i18n/en.json";
import performanceFr from "../performance/i18n/fr.json";
import forecastEn from "../forecast/i18n/en.json";
import forecastFr from "../forecast/i18n/fr.json";
import pipelineEn from "../pipeline/i18n/en.json";
import pipelineFr from "../pipeline/i18n/fr.json";
import en from "./en.json";
import fr from "./fr.json";

// Larger modules keep their strings beside their code, under their own top-level key.
export const translations = {
  en: {
    ...en,
    pipeline: pipelineEn,
    forecast: forecastEn,
    dashboards: dashboardsEn,
    performance: performanceEn,
  },
  fr: {
    ...fr,
    pipeline: pipelineFr,
    forecast: forecastFr,
    dashboards: dashboardsFr,
    performance: performanceFr,
  },
} as const;

export const resources = {
  en: { translation: translations.en },
  fr: { translation: translations.fr },
} as const;

/** Before sign-in there is no stored preference: follow the browser, default English. */
export function browserLocale(): AppLocale {
  const language = typeof navigator === "undefined" ? "en" : navigator.language.slice(0, 2);
  return isAppLocale(language) ? language : "en";
}

export function setupI18n(locale: AppLocale) {
  void i18next.use(initReactI18next).init({
    resources,
    lng: locale,
    fallbackLng: "en",
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
  });
  document.documentElement.lang = locale;
  i18next.on("languageChanged", (language) => {
    document.documentElement.lang = language;
  });
  return i18next;
}
