import { Paper, Table, Title } from "@mantine/core";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { CapacityReport } from "../../api/planning-types";
import { useAppLocale } from "../../app/use-app-locale";
import { formatMonth } from "../../format/format-date";
import { EChart } from "../../revenue/EChart";
import { formatHeads } from "../shared/format-plan-amount";
import { buildHeadcountChartOption } from "./build-headcount-chart-option";
import { useRoleName } from "./use-role-name";

/** Every role's expected heads by month (stacked) against the heads needed, and the totals across roles. */
export function HeadcountByRoleCard({ plan }: { plan: CapacityReport }) {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const roleName = useRoleName();
  const requiredLabel = t("planning.capacity.headsNeeded");
  const option = useMemo(
    () => buildHeadcountChartOption(plan.roles, { locale, roleName, requiredLabel }),
    [plan.roles, locale, roleName, requiredLabel],
  );
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={2} size="h4" mb="xs">
        {t("planning.capacity.headcountTitle")}
      </Title>
      <EChart
        option={option}
        height={260}
        role="img"
        aria-label={t("planning.capacity.headcountTitle")}
        data-testid="headcount-chart"
      />
      <Table.ScrollContainer minWidth={520} mt="sm">
        <Table striped fz="xs" data-testid="headcount-totals">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("planning.capacity.month")}</Table.Th>
              {plan.roles.map((role) => (
                <Table.Th key={role.role} scope="col" ta="right">
                  {roleName(role.role)}
                </Table.Th>
              ))}
              <Table.Th scope="col" ta="right">
                {t("planning.capacity.allRoles")}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t("planning.capacity.rampedHeads")}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t("planning.capacity.starts")}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {plan.totals.months.map((m, i) => (
              <Table.Tr key={m.month}>
                <Table.Th scope="row">{formatMonth(m.month, locale, "short")}</Table.Th>
                {plan.roles.map((role) => (
                  <Table.Td key={role.role} className="num">
                    {formatHeads(role.months[i]?.heads ?? null, locale)}
                  </Table.Td>
                ))}
                <Table.Td className="num" fw={600}>
                  {formatHeads(m.heads, locale)}
                </Table.Td>
                <Table.Td className="num">{formatHeads(m.rampedHeads, locale)}</Table.Td>
                <Table.Td className="num">{m.starts}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
