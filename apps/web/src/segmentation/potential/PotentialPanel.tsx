import { Alert, Group, Paper, SimpleGrid, Skeleton, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { usePotentialModel } from "../../api/use-segmentation";
import { useAppLocale } from "../../app/use-app-locale";
import { ApiError } from "../../comp/shared/ApiError";
import { useMoney } from "../../comp/shared/use-money";
import { formatCount } from "../../format/format-count";
import { formatDate } from "../../format/format-date";
import { fractionToPercent } from "../../planning/wizard/percent-text";
import { AccuracyTable } from "./AccuracyTable";
import { CoefficientsTable } from "./CoefficientsTable";
import { PotentialAccountsTable } from "./PotentialAccountsTable";
import { PotentialFitForm } from "./PotentialFitForm";

/** Account potential: the model in force (accuracy, coefficients), the accounts by potential, and a new fit. */
export function PotentialPanel({ planner }: { planner: boolean }) {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const money = useMoney();
  const model = usePotentialModel();
  if (model.isError) return <ApiError error={model.error} />;
  if (model.isPending) return <Skeleton h={320} />;
  const m = model.data;
  // The next fit starts from the settings of the one in force.
  const start = m
    ? {
        year: m.config.year,
        holdoutShare: fractionToPercent(m.config.holdoutShare),
        seed: String(m.config.seed),
        headroomQuantile: fractionToPercent(m.config.headroomQuantile),
        minIndustryCustomers: String(m.config.minIndustryCustomers),
      }
    : undefined;
  return (
    <Stack gap="md" data-testid="potential-panel">
      {planner ? <PotentialFitForm key={m?.id ?? "none"} start={start} /> : null}
      {m === null ? (
        <Paper withBorder p="xl" ta="center" data-testid="no-potential-model">
          <Text>{t("segmentation.potential.none")}</Text>
        </Paper>
      ) : (
        <>
          <Group justify="space-between" align="flex-end">
            <div>
              <Title order={2} size="h3">
                {t("segmentation.potential.inForce")}
              </Title>
              <Text
                size="sm"
                c="dimmed"
                data-testid="potential-summary"
                data-total-potential={m.totalPotential}
              >
                {t("segmentation.potential.summary", {
                  date: formatDate(m.createdAt.slice(0, 10), locale),
                  year: m.config.year,
                  accounts: formatCount(m.accounts, locale),
                  total: money(m.totalPotential, m.currency),
                  trainedOn: formatCount(m.accuracy.trainedOn, locale),
                  heldOut: formatCount(m.accuracy.heldOut, locale),
                })}
              </Text>
            </div>
          </Group>
          {m.warnings.length > 0 ? (
            <Alert color="yellow" title={t("segmentation.profiles.warnings", { count: m.warnings.length })}>
              {m.warnings
                .slice(0, 5)
                .map((w) => w.message)
                .join(" — ")}
            </Alert>
          ) : null}
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
            <Paper withBorder radius="md" p="md">
              <Title order={3} size="h5" mb="xs">
                {t("segmentation.potential.accuracy")}
              </Title>
              <AccuracyTable accuracy={m.accuracy} />
            </Paper>
            <Paper withBorder radius="md" p="md">
              <Title order={3} size="h5" mb="xs">
                {t("segmentation.potential.coefficients")}
              </Title>
              <CoefficientsTable model={m.model} />
            </Paper>
          </SimpleGrid>
          <Paper withBorder radius="md" p="md">
            <Title order={3} size="h5" mb="xs">
              {t("segmentation.potential.topAccounts")}
            </Title>
            <PotentialAccountsTable key={m.id} currency={m.currency} />
          </Paper>
        </>
      )}
    </Stack>
  );
}
