import { Group, Paper, Select, Skeleton, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { TerritoryPlanSummary } from "../../api/territory-types";
import { useTerritoryComparison } from "../../api/use-territories";
import { ApiError } from "../../comp/shared/ApiError";
import { useMoney } from "../../comp/shared/use-money";
import { MetricsTable } from "../shared/MetricsTable";

type Props = { plans: TerritoryPlanSummary[] };

/** Two plans (the list has at least two)' equity side by side, and how many accounts (and how much potential) change territory between them. */
export function ComparePlansPanel({ plans }: Props) {
  const { t } = useTranslation();
  const money = useMoney();
  const planOfRecord = plans.find((p) => p.planOfRecord) ?? plans[0];
  const firstOther = plans.find((p) => p.id !== planOfRecord?.id && p.status === "draft") ?? plans[1];
  const [base, setBase] = useState<string | null>(planOfRecord?.id ?? null);
  const [other, setOther] = useState<string | null>(firstOther?.id ?? null);
  const comparison = useTerritoryComparison(base ?? undefined, other ?? undefined);
  const options = plans.map((p) => ({ value: p.id, label: p.name }));
  const currency = plans.find((p) => p.id === base)?.currency ?? "EUR";

  return (
    <Paper withBorder radius="md" p="md" data-testid="compare-plans">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t("territories.compare.title")}
        </Title>
        <Group>
          <Select
            label={t("territories.compare.base")}
            data={options}
            value={base}
            onChange={setBase}
            allowDeselect={false}
          />
          <Select
            label={t("territories.compare.other")}
            data={options}
            value={other}
            onChange={setOther}
            allowDeselect={false}
          />
        </Group>
        {base === other ? <Text size="sm">{t("territories.compare.same")}</Text> : null}
        {comparison.isError ? <ApiError error={comparison.error} /> : null}
        {comparison.isPending && comparison.fetchStatus !== "idle" ? <Skeleton h={200} /> : null}
        {comparison.data ? (
          <>
            <Text size="sm" data-testid="compare-moved" data-moved={comparison.data.moved}>
              {t("territories.compare.moved", {
                count: comparison.data.moved,
                potential: money(comparison.data.movedPotential, currency),
              })}
            </Text>
            <MetricsTable
              before={comparison.data.base.metrics}
              after={comparison.data.other.metrics}
              beforeLabel={comparison.data.base.name}
              afterLabel={comparison.data.other.name}
              currency={currency}
              testId="compare-metrics"
            />
          </>
        ) : null}
      </Stack>
    </Paper>
  );
}
