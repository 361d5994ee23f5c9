import { Paper, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { CapacityReport } from "../../api/planning-types";
import { useAppLocale } from "../../app/use-app-locale";
import { formatMonth } from "../../format/format-date";

/** When to open each requisition so the hire has started (and ramped) in time. */
export function HiringPlanTable({ hires, title }: { hires: CapacityReport["hires"]; title?: string }) {
  const { t } = useTranslation();
  const locale = useAppLocale();
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={2} size="h4" mb="xs">
        {title ?? t("planning.capacity.hiringTitle")}
      </Title>
      {hires.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("planning.capacity.noHires")}
        </Text>
      ) : (
        <Table striped data-testid="hiring-plan">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("planning.capacity.role")}</Table.Th>
              <Table.Th scope="col">{t("planning.capacity.openMonth")}</Table.Th>
              <Table.Th scope="col">{t("planning.capacity.startMonth")}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t("planning.capacity.count")}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {hires.map((hire) => (
              <Table.Tr key={`${hire.role}-${hire.openMonth}-${hire.startMonth}`} title={hire.reason}>
                <Table.Th scope="row">
                  {t(`jobRoles.${hire.role}`, { defaultValue: hire.role.toUpperCase() })}
                </Table.Th>
                <Table.Td>{formatMonth(hire.openMonth, locale, "short")}</Table.Td>
                <Table.Td>{formatMonth(hire.startMonth, locale, "short")}</Table.Td>
                <Table.Td className="num">{hire.count}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
