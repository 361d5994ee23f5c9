import { Button, Group, NumberInput, Paper, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useRegression } from "../../api/use-comp-plans";
import { useAppLocale } from "../../app/use-app-locale";
import { compareDecimalStrings } from "../../format/decimal-string";
import { ApiError } from "../shared/ApiError";
import { formatPeriodKey } from "../shared/period-keys";
import { useMoney } from "../shared/use-money";

/** "Compare with the current version over the last N periods": what each payee would have earned, and the difference. */
export function RegressionPanel({ planKey, version }: { planKey: string; version: number }) {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const money = useMoney();
  const [periods, setPeriods] = useState(3);
  const regression = useRegression(planKey, version);
  const rows = regression.data?.rows ?? [];

  return (
    <Paper withBorder radius="md" p="md" data-testid="regression">
      <Title order={2} size="h4" mb="xs">
        {t("comp.plans.regression")}
      </Title>
      <Group align="flex-end" gap="sm" mb="sm">
        <NumberInput
          label={t("comp.plans.regressionPeriods")}
          min={1}
          max={12}
          w={180}
          value={periods}
          onChange={(v) => setPeriods(typeof v === "number" ? v : 1)}
        />
        <Button variant="light" loading={regression.isPending} onClick={() => regression.mutate(periods)}>
          {t("comp.plans.compare")}
        </Button>
      </Group>
      {regression.isError ? <ApiError error={regression.error} /> : null}
      {regression.isSuccess && rows.length === 0 ? (
        <Text c="dimmed">{t("comp.plans.noDifferences")}</Text>
      ) : null}
      {rows.length > 0 ? (
        <Table striped data-testid="regression-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("comp.payee")}</Table.Th>
              <Table.Th scope="col">{t("comp.period")}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t("comp.plans.currentVersion")}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t("comp.plans.thisVersion")}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t("comp.plans.difference")}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={`${row.personId}|${row.periodKey}`}>
                <Table.Td>{row.personName}</Table.Td>
                <Table.Td>{formatPeriodKey(row.periodKey, locale)}</Table.Td>
                <Table.Td className="num">{money(row.current, row.currency)}</Table.Td>
                <Table.Td className="num">{money(row.candidate, row.currency)}</Table.Td>
                <Table.Td
                  className="num"
                  fw={600}
                  c={
                    compareDecimalStrings(row.difference, "0") < 0
                      ? "red.7"
                      : compareDecimalStrings(row.difference, "0") > 0
                        ? "teal.7"
                        : undefined
                  }
                >
                  {money(row.difference, row.currency)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
    </Paper>
  );
}
