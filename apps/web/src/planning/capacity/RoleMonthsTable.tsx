import { Table } from "@mantine/core";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { CapacityRoleReport } from "../../api/planning-types";
import { useAppLocale } from "../../app/use-app-locale";
import { formatMonth } from "../../format/format-date";
import { formatHeads } from "../shared/format-plan-amount";
import { buildRoleMonthRows } from "./build-role-month-rows";

/** One role's headcount by month: heads, ramped heads, heads needed, its capacity against its target, hires starting. */
export function RoleMonthsTable({
  role,
  formatValue,
}: {
  role: CapacityRoleReport;
  formatValue: (value: string) => string;
}) {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const rows = useMemo(() => buildRoleMonthRows(role), [role]);
  const heads = role.unit === "heads";
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped fz="xs" data-testid={`role-months-${role.role}`}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t("planning.capacity.month")}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t("planning.capacity.heads")}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t("planning.capacity.rampedHeads")}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t("planning.capacity.requiredHeads")}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {heads ? t("planning.capacity.headsCovered") : t("planning.capacity.capacity")}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {heads ? t("planning.capacity.headsToCover") : t("planning.figures.target")}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t("planning.capacity.gap")}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t("planning.capacity.starts")}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.month}>
              <Table.Th scope="row">{formatMonth(row.month, locale, "short")}</Table.Th>
              <Table.Td className="num">{formatHeads(row.heads, locale)}</Table.Td>
              <Table.Td className="num">{formatHeads(row.rampedHeads, locale)}</Table.Td>
              <Table.Td className="num">{formatHeads(row.requiredHeads, locale)}</Table.Td>
              <Table.Td className="num">{formatValue(row.capacity)}</Table.Td>
              <Table.Td className="num">{formatValue(row.target)}</Table.Td>
              <Table.Td className="num" c={row.short ? "orange.8" : undefined}>
                {formatValue(row.gap)}
              </Table.Td>
              <Table.Td className="num">{row.starts > 0 ? row.starts : ""}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
