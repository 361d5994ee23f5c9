import { Table, VisuallyHidden } from "@mantine/core";
import { MarkLineComponent } from "echarts/components";
import { use } from "echarts/core";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { FairnessReport } from "../../api/planning-types";
import { useAppLocale } from "../../app/use-app-locale";
import { EChart } from "../../revenue/EChart";
import { bandLabels, buildAttainmentChartOption, expectedRepsByBand } from "./build-attainment-chart-option";

// The 70% line is a mark line, which the shared chart does not bundle.
use([MarkLineComponent]);

/** The company's expected attainment distribution, with the same figures in a table for screen readers. */
export function AttainmentChart({ report }: { report: FairnessReport }) {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const option = useMemo(
    () =>
      buildAttainmentChartOption(report, {
        locale,
        labels: {
          reps: t("planning.fairness.expectedReps"),
          threshold: t("planning.fairness.threshold"),
          band: t("planning.fairness.band"),
        },
      }),
    [report, locale, t],
  );
  const bands = expectedRepsByBand(report);
  const names = bandLabels(locale);
  return (
    <>
      <EChart
        option={option}
        height={300}
        role="img"
        aria-label={t("planning.fairness.chartLabel")}
        data-testid="attainment-chart"
        data-bands={JSON.stringify(bands)}
      />
      <VisuallyHidden>
        <Table>
          <caption>{t("planning.fairness.chartLabel")}</caption>
          <Table.Tbody>
            {names.map((name, i) => (
              <Table.Tr key={name}>
                <Table.Th scope="row">{name}</Table.Th>
                <Table.Td>{bands[i]}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </VisuallyHidden>
    </>
  );
}
