import { Paper, SimpleGrid, Stack, Tabs, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { CapacityRoleReport } from "../../api/planning-types";
import { useAppLocale } from "../../app/use-app-locale";
import { useMoney } from "../../comp/shared/use-money";
import { formatHeads } from "../shared/format-plan-amount";
import { HiringPlanTable } from "./HiringPlanTable";
import { RoleMonthsTable } from "./RoleMonthsTable";
import { SensitivityTable } from "./SensitivityTable";
import { useRoleName } from "./use-role-name";

/** Each role's plan on its own tab: how it is staffed, its headcount by month, its hiring plan and sensitivity. */
export function RolePlans({ roles, currency }: { roles: CapacityRoleReport[]; currency: string }) {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const money = useMoney();
  const roleName = useRoleName();
  const first = roles[0]?.role;
  if (first === undefined) return null;
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={2} size="h4" mb="xs">
        {t("planning.capacity.rolesTitle")}
      </Title>
      <Tabs defaultValue={first} keepMounted={false}>
        <Tabs.List>
          {roles.map((role) => (
            <Tabs.Tab key={role.role} value={role.role} data-testid={`role-tab-${role.role}`}>
              {roleName(role.role)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {roles.map((role) => {
          const formatValue =
            role.unit === "heads"
              ? (value: string) => formatHeads(value, locale)
              : (value: string) => money(value, currency);
          return (
            <Tabs.Panel key={role.role} value={role.role} pt="sm">
              <Stack gap="sm">
                <Text size="sm" c="dimmed">
                  {role.coverage
                    ? t("planning.capacity.coverageSummary", {
                        role: roleName(role.role),
                        ratio: formatHeads(role.coverage.ratio, locale),
                        of: roleName(role.coverage.of),
                      })
                    : t(`planning.capacity.driverSummary.${role.driver}`)}{" "}
                  {t("planning.capacity.headsSummary", {
                    current: role.currentHeads,
                    starting: role.startingHeads,
                    required: formatHeads(role.requiredHeadcount, locale),
                  })}
                </Text>
                <RoleMonthsTable role={role} formatValue={formatValue} />
                <SimpleGrid cols={{ base: 1, md: 2 }}>
                  <HiringPlanTable hires={role.hires} />
                  <SensitivityTable rows={role.sensitivity} formatValue={formatValue} />
                </SimpleGrid>
              </Stack>
            </Tabs.Panel>
          );
        })}
      </Tabs>
    </Paper>
  );
}
