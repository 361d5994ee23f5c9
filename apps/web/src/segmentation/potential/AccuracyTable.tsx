import { Badge, Table } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { PotentialAccuracy } from "../../api/segmentation-types";
import { useAppLocale } from "../../app/use-app-locale";
import { toIntlLocale } from "../../format/locale";
import { accuracyRows } from "./accuracy-rows";

/** The model's errors on held-out customers against the industry-median baseline (lower is better; R² higher). */
export function AccuracyTable({ accuracy }: { accuracy: PotentialAccuracy }) {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const r2 = new Intl.NumberFormat(toIntlLocale(locale), {
    minimumFractionDigits: 3,
    maximumFractionDigits: 3,
  });
  // Errors to one decimal everywhere, so the model and the baseline line up.
  const percent = new Intl.NumberFormat(toIntlLocale(locale), {
    style: "percent",
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  const show = (measure: string, value: number) =>
    measure === "r2Log" ? r2.format(value) : percent.format(value);
  return (
    <Table data-testid="accuracy-table" w="auto">
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t("segmentation.potential.measure")}</Table.Th>
          <Table.Th scope="col" ta="right">
            {t("segmentation.potential.model")}
          </Table.Th>
          <Table.Th scope="col" ta="right">
            {t("segmentation.potential.baseline")}
          </Table.Th>
          <Table.Th scope="col" />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {accuracyRows(accuracy).map((row) => (
          <Table.Tr
            key={row.measure}
            data-testid="accuracy-row"
            data-measure={row.measure}
            data-model={row.model}
          >
            <Table.Th scope="row" fw={500}>
              {t(`segmentation.potential.measures.${row.measure}`)}
            </Table.Th>
            <Table.Td className="num">{show(row.measure, row.model)}</Table.Td>
            <Table.Td className="num">
              {row.baseline === null ? "—" : show(row.measure, row.baseline)}
            </Table.Td>
            <Table.Td>
              {row.better === null ? null : (
                <Badge color={row.better ? "teal" : "orange"} variant="light">
                  {row.better ? t("segmentation.potential.better") : t("segmentation.potential.worse")}
                </Badge>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
