import { Table } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { PotentialModelSummary } from "../../api/segmentation-types";
import { useAppLocale } from "../../app/use-app-locale";
import { toIntlLocale } from "../../format/locale";

/** The regression's coefficients on log bookings, in the engine's names (intercept, log employees, industry=…). */
export function CoefficientsTable({ model }: { model: PotentialModelSummary["model"] }) {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const number = new Intl.NumberFormat(toIntlLocale(locale), {
    minimumFractionDigits: 4,
    maximumFractionDigits: 4,
    signDisplay: "exceptZero",
  });
  return (
    <Table.ScrollContainer minWidth={320} mah={360}>
      <Table data-testid="coefficients-table" stickyHeader>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("segmentation.potential.term")}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t("segmentation.potential.coefficient")}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {model.coefficients.map((c) => (
            <Table.Tr key={c.name}>
              <Table.Th scope="row" fw={400}>
                {c.name}
              </Table.Th>
              <Table.Td className="num">{number.format(c.value)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
