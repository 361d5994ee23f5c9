import { Table, VisuallyHidden } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { StatisticalForecast } from "../../api/forecast-types";
import { useAppLocale } from "../../app/use-app-locale";
import { formatAttainment } from "../../format/format-percent";
import { bucketLabel } from "./build-histogram-option";

/** The histogram's buckets as a table (shown on request; always there for assistive technology). */
export function HistogramTable({ forecast, visible }: { forecast: StatisticalForecast; visible: boolean }) {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const table = (
    <Table striped verticalSpacing={4} data-testid="histogram-table">
      <caption style={{ captionSide: "top", textAlign: "left" }}>
        {t("forecast.statistical.histogramCaption")}
      </caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t("forecast.statistical.bucket")}</Table.Th>
          <Table.Th scope="col" ta="right">
            {t("forecast.statistical.share")}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {forecast.histogram.map((b) => (
          <Table.Tr key={b.from}>
            <Table.Th scope="row">{bucketLabel(b, forecast.currency, locale)}</Table.Th>
            <Table.Td className="num">{formatAttainment(b.share, locale)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
  return visible ? table : <VisuallyHidden>{table}</VisuallyHidden>;
}
