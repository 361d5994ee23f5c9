import { useTranslation } from "react-i18next";
import type { AccuracyLine } from "../../api/forecast-types";

/** "Alice Martin · Own call · Commit": who, which number and which category a line measures. */
export function useLineName() {
  const { t } = useTranslation();
  return (line: AccuracyLine) =>
    t("forecast.accuracy.lineName", {
      name: line.name,
      source: t(`forecast.accuracy.sources.${line.source}`),
      category: categoryLabel(line.category, t),
    });
}

/** Accuracy measures the forecasts (closed included): commit → commit forecast, best case → best-case forecast. */
export function categoryLabel(category: string, t: (key: string) => string): string {
  if (category === "commit") return t("forecast.grid.commitForecast");
  if (category === "best_case") return t("forecast.grid.bestCaseForecast");
  if (category === "expected") return t("forecast.trend.statisticalExpected");
  return category;
}
