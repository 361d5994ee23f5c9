import { SimpleGrid, Stack, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { WinModelSummary } from "../../api/forecast-types";
import { useAppLocale } from "../../app/use-app-locale";
import { formatCount } from "../../format/format-count";
import { formatDate } from "../../format/format-date";
import { formatAttainment } from "../../format/format-percent";
import { formatInstant } from "../shared/format-instant";
import { formatMetric } from "./format-metric";

/** The model's AUC and Brier score against the stage-only baseline, on the deals held out, and its calibration. */
export function ModelSummary({ model }: { model: WinModelSummary | null }) {
  const { t } = useTranslation();
  const locale = useAppLocale();
  if (!model) {
    return (
      <Text size="sm" c="dimmed" data-testid="no-model">
        {t("forecast.statistical.noModel")}
      </Text>
    );
  }
  return (
    <Stack gap="xs" data-testid="model-summary">
      <Text size="sm">
        {t("forecast.statistical.trainedOn", {
          trained: formatCount(model.trainedOn, locale),
          tested: formatCount(model.testedOn, locale),
          cutoff: formatDate(model.cutoff, locale),
          at: formatInstant(model.createdAt, locale),
        })}
      </Text>
      <Text size="xs" c="dimmed">
        {t("forecast.statistical.features", { features: model.features.join(", ") })}
      </Text>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Table verticalSpacing={4} data-testid="model-metrics">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("forecast.statistical.metric")}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t("forecast.statistical.modelColumn")}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t("forecast.statistical.baselineColumn")}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            <Table.Tr data-metric="auc">
              <Table.Th scope="row">{t("forecast.statistical.auc")}</Table.Th>
              <Table.Td className="num">{formatMetric(model.metrics.auc, locale)}</Table.Td>
              <Table.Td className="num">{formatMetric(model.metrics.baseline.auc, locale)}</Table.Td>
            </Table.Tr>
            <Table.Tr data-metric="brier">
              <Table.Th scope="row">{t("forecast.statistical.brier")}</Table.Th>
              <Table.Td className="num">{formatMetric(model.metrics.brier, locale)}</Table.Td>
              <Table.Td className="num">{formatMetric(model.metrics.baseline.brier, locale)}</Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
        <Table verticalSpacing={4} data-testid="calibration">
          <caption style={{ captionSide: "top", textAlign: "left" }}>
            {t("forecast.statistical.calibration")}
          </caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("forecast.statistical.bin")}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t("forecast.statistical.predicted")}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t("forecast.statistical.observed")}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t("forecast.statistical.count")}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {model.metrics.calibration.map((c) => (
              <Table.Tr key={c.bin}>
                <Table.Th scope="row">{c.bin}</Table.Th>
                <Table.Td className="num">{formatAttainment(c.predicted, locale)}</Table.Td>
                <Table.Td className="num">{formatAttainment(c.observed, locale)}</Table.Td>
                <Table.Td className="num">{formatCount(c.count, locale)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </SimpleGrid>
    </Stack>
  );
}
