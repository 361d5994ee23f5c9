import { Badge, Paper, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { FairnessReport } from "../../api/planning-types";
import { useAppLocale } from "../../app/use-app-locale";
import { formatShare } from "../shared/format-plan-amount";

/** Reps whose quota looks out of line (unlikely to reach the threshold, or far too easy), with their p10/p50/p90. */
export function OutlierTable({ report }: { report: FairnessReport }) {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const teams = new Map(report.teams.map((team) => [team.id, team.name]));
  const outliers = report.reps.filter((rep) => rep.outlier !== null);
  const pct = (value: number) => formatShare(Math.round(value * 1000) / 1000, locale);
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={2} size="h4" mb="xs">
        {t("planning.fairness.outliersTitle")}
      </Title>
      {outliers.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("planning.fairness.noOutliers")}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table striped data-testid="fairness-outliers">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("planning.fairness.rep")}</Table.Th>
                <Table.Th scope="col">{t("planning.fairness.team")}</Table.Th>
                <Table.Th scope="col" ta="right">
                  p10
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  p50
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  p90
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t("planning.fairness.pThreshold", { threshold: formatShare(report.threshold, locale) })}
                </Table.Th>
                <Table.Th scope="col">{t("planning.fairness.why")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {outliers.map((rep) => (
                <Table.Tr key={rep.id}>
                  <Table.Th scope="row">{rep.name}</Table.Th>
                  <Table.Td>{teams.get(rep.teamId) ?? ""}</Table.Td>
                  <Table.Td className="num">{pct(rep.p10)}</Table.Td>
                  <Table.Td className="num">{pct(rep.p50)}</Table.Td>
                  <Table.Td className="num">{pct(rep.p90)}</Table.Td>
                  <Table.Td className="num">{pct(rep.pThreshold)}</Table.Td>
                  <Table.Td>
                    <Badge
                      size="sm"
                      variant="light"
                      color={rep.outlier?.kind === "too_high" ? "red" : "blue"}
                      tt="none"
                      mr={6}
                    >
                      {t(`planning.fairness.${rep.outlier?.kind === "too_high" ? "tooHigh" : "tooLow"}`)}
                    </Badge>
                    <Text span size="xs" c="dimmed">
                      {rep.outlier?.reason}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
