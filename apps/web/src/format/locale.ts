export type AppLocale = "en" | "fr";

export const appLocales: readonly AppLocale[] = ["en", "fr"];

/** The Intl locale behind each UI language. English uses en-GB: Attain reports in EUR for European teams. */
export function toIntlLocale(locale: AppLocale): string {
  return locale === "fr" ? "fr-FR" : "en-GB";
}

export function isAppLocale(value: unknown): value is AppLocale {
  return value === "en" || value === "fr";
}
