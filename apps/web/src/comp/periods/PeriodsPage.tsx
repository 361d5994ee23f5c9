import { Group, Paper, SimpleGrid, Skeleton, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { usePeriod } from "../../api/use-comp-workflow";
import { useSignedInMe } from "../../app/use-signed-in-me";
import { ApiProblem } from "../../api/api-fetch";
import { ApiError } from "../shared/ApiError";
import { PeriodSelect } from "../shared/PeriodSelect";
import { useMoney } from "../shared/use-money";
import { usePagePeriod } from "../shared/use-page-period";
import { AdjustmentsPanel } from "./AdjustmentsPanel";
import { PeriodActions } from "./PeriodActions";
import { PeriodPayeesTable } from "./PeriodPayeesTable";
import { PeriodStepper } from "./PeriodStepper";

export function PeriodsPage() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const money = useMoney();
  const { periodKey, known, search } = usePagePeriod();
  const period = usePeriod(periodKey);
  const notStarted = period.error instanceof ApiProblem && period.error.status === 404;

  return (
    <Stack gap="md" maw={1280} mx="auto">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">
            {t("comp.periods.title")}
          </Title>
          <Text c="dimmed" size="sm">
            {t("comp.periods.subtitle")}
          </Text>
        </div>
        <PeriodSelect value={periodKey} known={known} onChange={(key) => search.set({ period: key })} />
      </Group>
      {notStarted ? (
        <Paper withBorder p="xl" ta="center" data-testid="period-empty">
          <Text>{t("comp.periods.notStarted")}</Text>
        </Paper>
      ) : period.isError ? (
        <ApiError error={period.error} />
      ) : !period.data ? (
        <Skeleton h={320} />
      ) : (
        <Stack gap="md" data-testid="period-detail" data-status={period.data.status}>
          <Paper withBorder radius="md" p="md">
            <PeriodStepper status={period.data.status} />
          </Paper>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            {period.data.totals.map((total) => (
              <Paper key={total.currency} withBorder radius="md" p="md" data-testid="period-total">
                <Text size="xs" tt="uppercase" fw={600} c="dimmed">
                  {t("comp.periods.toPay", { currency: total.currency })}
                </Text>
                <Text
                  fz={28}
                  fw={700}
                  className="num"
                  ta="left"
                  data-testid="period-total-value"
                  data-amount={total.payableWithAdjustments}
                  data-currency={total.currency}
                >
                  {money(total.payableWithAdjustments, total.currency)}
                </Text>
                <Text size="sm" c="dimmed">
                  {t("comp.periods.totalBreakdown", {
                    payable: money(total.payable, total.currency),
                    adjustments: money(total.adjustments, total.currency),
                  })}
                </Text>
              </Paper>
            ))}
            <Paper withBorder radius="md" p="md">
              <Text size="xs" tt="uppercase" fw={600} c="dimmed">
                {t("comp.payees")}
              </Text>
              <Text fz={28} fw={700} className="num" ta="left" data-testid="period-payee-count">
                {period.data.payeeCount}
              </Text>
            </Paper>
          </SimpleGrid>
          <PeriodActions period={period.data} />
          <Paper withBorder radius="md" p="xs">
            <PeriodPayeesTable payees={period.data.payees} />
          </Paper>
          <AdjustmentsPanel
            periodKey={period.data.periodKey}
            payees={period.data.payees}
            canEdit={me.role === "admin" || me.role === "comp_admin"}
          />
        </Stack>
      )}
    </Stack>
  );
}
