import { Alert, Paper, SimpleGrid, Skeleton, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Scenario } from "../../api/planning-types";
import { useCapacity } from "../../api/use-planning-analysis";
import { useAppLocale } from "../../app/use-app-locale";
import { useSignedInMe } from "../../app/use-signed-in-me";
import { ApiError } from "../../comp/shared/ApiError";
import { useMoney } from "../../comp/shared/use-money";
import { formatMonth } from "../../format/format-date";
import { isPlanner } from "../shared/planning-roles";
import { BookingsCapacityCard } from "./BookingsCapacityCard";
import { CapacityRolesEditor } from "./CapacityRolesEditor";
import { HeadcountByRoleCard } from "./HeadcountByRoleCard";
import { HiringPlanTable } from "./HiringPlanTable";
import { RolePlans } from "./RolePlans";
import { SensitivityTable } from "./SensitivityTable";

/**
 * Can the people deliver the target? The AEs' capacity against target by month, every role's headcount by month,
 * the hires that close the gaps (when to open each requisition), what-ifs per role, and the roles' assumptions.
 */
export function CapacityPanel({ scenario }: { scenario: Scenario }) {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const money = useMoney();
  const me = useSignedInMe();
  const capacity = useCapacity(scenario.id);
  const writable = scenario.status === "draft" && isPlanner(me.role);
  const editor = <CapacityRolesEditor scenario={scenario} writable={writable} />;
  if (capacity.isError)
    return (
      <Stack gap="md">
        <ApiError error={capacity.error} />
        {editor}
      </Stack>
    );
  if (!capacity.data) return <Skeleton h={360} />;
  const plan = capacity.data;
  const tiles = [
    { label: t("planning.capacity.totalCapacity"), value: money(plan.totalCapacity, scenario.currency) },
    { label: t("planning.capacity.totalTarget"), value: money(plan.totalTarget, scenario.currency) },
    { label: t("planning.capacity.headsAtStart"), value: String(plan.totals.currentHeads) },
    { label: t("planning.capacity.hiresAllRoles"), value: String(plan.totals.hires) },
  ];

  return (
    <Stack gap="md" data-testid="capacity-panel" data-total-capacity={plan.totalCapacity}>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
        {tiles.map((tile) => (
          <Paper key={tile.label} withBorder p="md" radius="md">
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              {tile.label}
            </Text>
            <Text fw={700} size="xl" className="num" ta="left">
              {tile.value}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
      {plan.shortfalls.length > 0 ? (
        <Alert color="orange" title={t("planning.capacity.shortfallTitle")}>
          {plan.shortfalls
            .map((s) => `${formatMonth(s.month, locale, "short")}: ${money(s.gap, scenario.currency)}`)
            .join(" · ")}
        </Alert>
      ) : null}
      <BookingsCapacityCard plan={plan} currency={scenario.currency} />
      <HeadcountByRoleCard plan={plan} />
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <HiringPlanTable hires={plan.totals.requisitions} title={t("planning.capacity.hiringAllRoles")} />
        <SensitivityTable
          rows={plan.sensitivity}
          formatValue={(value) => money(value, scenario.currency)}
          title={t("planning.capacity.sensitivityAe")}
        />
      </SimpleGrid>
      <RolePlans roles={plan.roles} currency={scenario.currency} />
      {editor}
    </Stack>
  );
}
