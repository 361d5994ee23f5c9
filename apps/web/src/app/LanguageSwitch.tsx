import { SegmentedControl } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { type AppLocale, isAppLocale } from "../format/locale";
import { useAppLocale } from "./use-app-locale";

/** EN/FR switch. `onChange` persists the choice (signed in); the UI switches at once either way. */
export function LanguageSwitch({ onChange }: { onChange?: (locale: AppLocale) => void }) {
  const { t, i18n } = useTranslation();
  const locale = useAppLocale();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t("header.language")}
      value={locale}
      onChange={(value) => {
        if (!isAppLocale(value)) return;
        void i18n.changeLanguage(value);
        onChange?.(value);
      }}
      data={[
        {
          value: "en",
          label: (
            <span lang="en" title="English">
              EN
            </span>
          ),
        },
        {
          value: "fr",
          label: (
            <span lang="fr" title="Français">
              FR
            </span>
          ),
        },
      ]}
    />
  );
}
