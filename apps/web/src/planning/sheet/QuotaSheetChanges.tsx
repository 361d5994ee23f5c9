import { Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { QuotaSheetPreview } from "../../api/planning-types";
import { useAppLocale } from "../../app/use-app-locale";
import { formatMonth } from "../../format/format-date";
import { formatPlanAmount } from "../shared/format-plan-amount";

/** The sheet's changes (before → after) and its errors by row and field, before anything is written. */
export function QuotaSheetChanges({ preview, currency }: { preview: QuotaSheetPreview; currency: string }) {
  const { t } = useTranslation();
  const locale = useAppLocale();
  return (
    <>
      {preview.errors.length > 0 ? (
        <Table withTableBorder data-testid="sheet-errors">
          <caption style={{ captionSide: "top", textAlign: "left" }}>
            <Text span size="sm" c="red" fw={600}>
              {t("planning.sheet.errors", { count: preview.errors.length })}
            </Text>
          </caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("planning.sheet.row")}</Table.Th>
              <Table.Th scope="col">{t("planning.sheet.field")}</Table.Th>
              <Table.Th scope="col">{t("planning.sheet.message")}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {preview.errors.map((e) => (
              <Table.Tr key={`${e.sheet ?? ""}-${e.row}-${e.field}-${e.message}`}>
                <Table.Td className="num" ta="left">
                  {e.row}
                </Table.Td>
                <Table.Td>{e.field}</Table.Td>
                <Table.Td>{e.message}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
      {preview.diff.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("planning.sheet.noChanges")}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={560} maxHeight={360}>
          <Table striped data-testid="sheet-diff">
            <caption style={{ captionSide: "top", textAlign: "left" }}>
              <Text span size="sm" c="dimmed">
                {t("planning.sheet.diffCaption", { count: preview.diff.length, currency })}
              </Text>
            </caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("planning.grid.node")}</Table.Th>
                <Table.Th scope="col">{t("planning.capacity.month")}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t("planning.sheet.before")}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t("planning.sheet.after")}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {preview.diff.map((d) => (
                <Table.Tr key={`${d.nodeId}-${d.month}`}>
                  <Table.Th scope="row">{d.name}</Table.Th>
                  <Table.Td>{formatMonth(d.month, locale, "short")}</Table.Td>
                  <Table.Td className="num">{formatPlanAmount(d.before, locale)}</Table.Td>
                  <Table.Td className="num" fw={600}>
                    {formatPlanAmount(d.after, locale)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </>
  );
}
