import { Badge, Group, Paper, SimpleGrid, Skeleton, Stack, Table, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useFairness } from "../../api/use-planning-analysis";
import { useAppLocale } from "../../app/use-app-locale";
import { ApiError } from "../../comp/shared/ApiError";
import { formatShare } from "../shared/format-plan-amount";
import { AttainmentChart } from "./AttainmentChart";
import { OutlierTable } from "./OutlierTable";

/**
 * The rule of thumb before quotas go out: about 70% of reps should reach 70% of quota. Expected share per team and
 * for the company (with its 10th–90th percentile over the simulation's draws), the distribution, the outliers.
 */
export function FairnessPanel({ scenarioId }: { scenarioId: string }) {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const fairness = useFairness(scenarioId);
  if (fairness.isError) return <ApiError error={fairness.error} />;
  if (!fairness.data) return <Skeleton h={360} />;
  const report = fairness.data;
  const threshold = formatShare(report.threshold, locale);
  const company = report.company;
  const share = (value: number) => formatShare(Math.round(value * 1000) / 1000, locale);

  return (
    <Stack gap="md" data-testid="fairness-panel" data-company-share={company.expectedShare}>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Paper withBorder p="md" radius="md">
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {t("planning.fairness.companyShare", { threshold })}
          </Text>
          <Group gap="xs" align="baseline">
            <Text fw={700} size="xl" data-testid="company-share">
              {share(company.expectedShare)}
            </Text>
            <Badge color={company.meetsRule ? "teal" : "orange"} variant="light" tt="none">
              {company.meetsRule ? t("planning.fairness.meetsRule") : t("planning.fairness.missesRule")}
            </Badge>
          </Group>
          <Text size="xs" c="dimmed">
            {t("planning.fairness.shareRange", {
              p10: share(company.shareP10),
              p90: share(company.shareP90),
            })}
          </Text>
        </Paper>
        <Paper withBorder p="md" radius="md">
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {t("planning.fairness.reps")}
          </Text>
          <Text fw={700} size="xl">
            {company.reps}
          </Text>
          <Text size="xs" c="dimmed">
            {t("planning.fairness.model", { draws: report.draws, seed: report.seed })}
          </Text>
        </Paper>
        <Paper withBorder p="md" radius="md">
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {t("planning.fairness.outliers")}
          </Text>
          <Text fw={700} size="xl" data-testid="outlier-count">
            {company.outliers}
          </Text>
        </Paper>
      </SimpleGrid>
      <Paper withBorder p="md" radius="md">
        <Title order={2} size="h4" mb="xs">
          {t("planning.fairness.chartTitle")}
        </Title>
        <AttainmentChart report={report} />
      </Paper>
      <Paper withBorder p="md" radius="md">
        <Title order={2} size="h4" mb="xs">
          {t("planning.fairness.teamsTitle", { threshold })}
        </Title>
        <Table.ScrollContainer minWidth={640}>
          <Table striped data-testid="fairness-teams">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("planning.fairness.team")}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t("planning.fairness.reps")}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t("planning.fairness.expectedShare")}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t("planning.fairness.range")}
                </Table.Th>
                <Table.Th scope="col">{t("planning.fairness.rule")}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t("planning.fairness.outliers")}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.teams.map((team) => (
                <Table.Tr key={team.id}>
                  <Table.Th scope="row">{team.name}</Table.Th>
                  <Table.Td className="num">{team.reps}</Table.Td>
                  <Table.Td className="num" fw={600}>
                    {share(team.expectedShare)}
                  </Table.Td>
                  <Table.Td className="num">
                    {share(team.shareP10)} – {share(team.shareP90)}
                  </Table.Td>
                  <Table.Td>
                    <Badge size="sm" color={team.meetsRule ? "teal" : "orange"} variant="light" tt="none">
                      {team.meetsRule ? t("planning.fairness.meetsRule") : t("planning.fairness.missesRule")}
                    </Badge>
                  </Table.Td>
                  <Table.Td className="num">{team.outliers}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      <OutlierTable report={report} />
    </Stack>
  );
}
