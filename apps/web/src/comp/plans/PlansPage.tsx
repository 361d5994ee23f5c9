import { Anchor, Badge, Button, Group, Paper, Skeleton, Stack, Table, Text, Title } from "@mantine/core";
import { Link, useNavigate } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { PlanSummary } from "../../api/comp-types";
import { useCreatePlan, usePlanVersion, usePlans } from "../../api/use-comp-plans";
import { useAppLocale } from "../../app/use-app-locale";
import { formatDate } from "../../format/format-date";
import { ApiError } from "../shared/ApiError";

const statusColor = { draft: "orange", published: "teal", retired: "gray" } as const;

export function PlansPage() {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const plans = usePlans();

  return (
    <Stack gap="md" maw={1280} mx="auto">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">
            {t("comp.plans.title")}
          </Title>
          <Text c="dimmed" size="sm">
            {t("comp.plans.subtitle")}
          </Text>
        </div>
        <Anchor component={Link} to="/comp/assignments">
          {t("comp.assignments.title")}
        </Anchor>
      </Group>
      {plans.isError ? <ApiError error={plans.error} /> : null}
      {!plans.data && !plans.isError ? <Skeleton h={240} /> : null}
      {plans.data?.map((plan) => (
        <Paper key={plan.key} withBorder radius="md" p="md" data-testid="plan" data-plan-key={plan.key}>
          <Group justify="space-between" mb="xs">
            <div>
              <Title order={2} size="h4">
                {plan.name}
              </Title>
              <Text size="xs" c="dimmed" ff="monospace">
                {plan.key}
              </Text>
            </div>
            <NewVersionButton plan={plan} />
          </Group>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("comp.plans.version")}</Table.Th>
                <Table.Th scope="col">{t("comp.plans.status")}</Table.Th>
                <Table.Th scope="col">{t("comp.plans.effective")}</Table.Th>
                <Table.Th scope="col">{t("comp.plans.periodKind")}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t("comp.plans.components")}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {[...plan.versions].reverse().map((v) => (
                <Table.Tr key={v.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/comp/plans/${encodeURIComponent(plan.key)}/${v.version}`}>
                      {t("comp.plans.openVersion", { version: v.version })}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={statusColor[v.status]} tt="none">
                      {t(`comp.plans.statuses.${v.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td className="num" ta="left">
                    {formatDate(v.effectiveFrom, locale)} –{" "}
                    {v.effectiveTo ? formatDate(v.effectiveTo, locale) : "…"}
                  </Table.Td>
                  <Table.Td>{t(`comp.plans.periods.${v.period}`, { defaultValue: v.period })}</Table.Td>
                  <Table.Td className="num">{v.componentCount}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      ))}
    </Stack>
  );
}

/** Copies the latest version into a new draft (published versions never change) and opens it. */
function NewVersionButton({ plan }: { plan: PlanSummary }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const latest = plan.versions.at(-1);
  const source = usePlanVersion(plan.key, latest?.version ?? 1);
  const create = useCreatePlan();
  if (latest?.status === "draft") return null;
  return (
    <Stack gap={4} align="flex-end">
      <Button
        size="xs"
        variant="light"
        disabled={!source.data}
        loading={create.isPending}
        onClick={() =>
          source.data &&
          create.mutate(
            { ...source.data.definition, version: (latest?.version ?? 0) + 1 },
            {
              onSuccess: (draft) =>
                void navigate({ to: `/comp/plans/${encodeURIComponent(draft.key)}/${draft.version}` }),
            },
          )
        }
      >
        {t("comp.plans.newVersion")}
      </Button>
      {create.isError ? <ApiError error={create.error} /> : null}
    </Stack>
  );
}
