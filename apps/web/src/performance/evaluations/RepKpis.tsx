import { Group, Paper, Skeleton, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useKpiCatalogue, useKpiValues } from "../../api/use-kpi-catalogue";
import { useAppLocale } from "../../app/use-app-locale";
import { ApiError } from "../../comp/shared/ApiError";
import { formatKpiValue } from "../shared/format-kpi-value";

/** The quantitative KPIs shown beside a rep's qualitative scores (same person, same period). */
export const evaluationKpiKeys = ["quota_attainment", "win_rate", "calls_per_rep", "meetings_per_rep"];

export function RepKpis({ personId, periodKey }: { personId: string; periodKey: string }) {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const catalogue = useKpiCatalogue();
  const known = new Map((catalogue.data?.kpis ?? []).map((k) => [k.key, k]));
  const keys = evaluationKpiKeys.filter((key) => !catalogue.data || known.has(key));
  const values = useKpiValues(keys, { personId, period: periodKey }, catalogue.isSuccess);
  return (
    <Paper withBorder p="md" data-testid="rep-kpis">
      <Title order={3} size="h5" mb="xs">
        {t("performance.evaluations.quantitative", { period: periodKey })}
      </Title>
      {values.isError ? <ApiError error={values.error} /> : null}
      {values.isPending && values.fetchStatus !== "idle" ? <Skeleton h={60} /> : null}
      <Group gap="xl">
        {values.data?.values.map((v) => {
          const kpi = known.get(v.key);
          return (
            <Stack key={v.key} gap={0} data-testid="rep-kpi" data-kpi-key={v.key} data-value={v.value ?? ""}>
              <Text size="xs" c="dimmed">
                {kpi?.name ?? v.key}
              </Text>
              <Text fw={700} className="tabular" title={v.reason?.message}>
                {formatKpiValue(v.value, kpi?.unit ?? "ratio", values.data.currency, locale)}
              </Text>
            </Stack>
          );
        })}
      </Group>
    </Paper>
  );
}
