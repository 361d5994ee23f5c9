import {
  Anchor,
  Button,
  Group,
  Menu,
  Paper,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from "@mantine/core";
import { Link, useNavigate } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ScenarioSummary } from "../../api/planning-types";
import { useDeleteScenario, useScenarios } from "../../api/use-planning";
import { useAppLocale } from "../../app/use-app-locale";
import { useSignedInMe } from "../../app/use-signed-in-me";
import { ApiError } from "../../comp/shared/ApiError";
import { useMoney } from "../../comp/shared/use-money";
import { formatDate } from "../../format/format-date";
import { CompareLink } from "../shared/CompareLink";
import { isPlanner } from "../shared/planning-roles";
import { ScenarioStatusBadge } from "../shared/ScenarioStatusBadge";
import { NewScenarioModal } from "./NewScenarioModal";
import { RenameScenarioModal } from "./RenameScenarioModal";
import { sortScenarios } from "./sort-scenarios";

/** Planning's home: the plan of record, the drafts being worked on and every archived version. */
export function ScenariosPage() {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const me = useSignedInMe();
  const money = useMoney();
  const navigate = useNavigate();
  const scenarios = useScenarios();
  const remove = useDeleteScenario();
  const [creating, setCreating] = useState(false);
  const [renaming, setRenaming] = useState<ScenarioSummary | null>(null);
  const planner = isPlanner(me.role);
  const list = sortScenarios(scenarios.data ?? []);
  const planOfRecord = list.find((s) => s.planOfRecord);
  const firstDraft = list.find((s) => s.status === "draft");

  return (
    <Stack gap="md" maw={1280} mx="auto">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">
            {t("planning.scenarios.title")}
          </Title>
          <Text c="dimmed" size="sm">
            {t("planning.scenarios.subtitle")}
          </Text>
        </div>
        <Group gap="sm">
          {planOfRecord && firstDraft ? (
            <CompareLink base={planOfRecord.id} other={firstDraft.id} testId="open-compare">
              {t("planning.compare.open")}
            </CompareLink>
          ) : null}
          {planner ? (
            <Button onClick={() => setCreating(true)} data-testid="new-scenario">
              {t("planning.new.button")}
            </Button>
          ) : null}
        </Group>
      </Group>
      {scenarios.isError ? <ApiError error={scenarios.error} /> : null}
      {remove.isError ? <ApiError error={remove.error} /> : null}
      {scenarios.isPending ? <Skeleton h={240} /> : null}
      {scenarios.data && list.length === 0 ? (
        <Paper withBorder p="xl" ta="center">
          <Text>{t("planning.scenarios.none")}</Text>
        </Paper>
      ) : null}
      {list.length > 0 ? (
        <Paper withBorder radius="md" p="xs">
          <Table.ScrollContainer minWidth={900}>
            <Table data-testid="scenario-list" highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("planning.scenarios.name")}</Table.Th>
                  <Table.Th scope="col">{t("planning.scenarios.status")}</Table.Th>
                  <Table.Th scope="col">{t("planning.scenarios.fiscalYear")}</Table.Th>
                  <Table.Th scope="col">{t("planning.scenarios.measure")}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t("planning.figures.target")}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t("planning.figures.totalQuota")}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t("planning.scenarios.people")}
                  </Table.Th>
                  <Table.Th scope="col">{t("planning.scenarios.updated")}</Table.Th>
                  <Table.Th scope="col">
                    <VisuallyHidden>{t("planning.scenarios.actions")}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((s) => (
                  <Table.Tr
                    key={s.id}
                    data-testid="scenario-row"
                    data-scenario-id={s.id}
                    data-name={s.name}
                    data-status={s.status}
                    data-plan-of-record={s.planOfRecord}
                    data-version={s.version ?? ""}
                    data-total-quota={s.totalQuota}
                  >
                    <Table.Th scope="row" fw={500}>
                      <Anchor component={Link} to={`/planning/${s.id}`}>
                        {s.name}
                      </Anchor>
                    </Table.Th>
                    <Table.Td>
                      <ScenarioStatusBadge scenario={s} />
                    </Table.Td>
                    <Table.Td>{t("planning.fiscalYearShort", { year: s.fiscalYear })}</Table.Td>
                    <Table.Td data-testid="scenario-measure">
                      {t(`planning.measureName.${s.measure}`)}
                    </Table.Td>
                    <Table.Td className="num">{money(s.target, s.currency)}</Table.Td>
                    <Table.Td className="num">{money(s.totalQuota, s.currency)}</Table.Td>
                    <Table.Td className="num">{s.people}</Table.Td>
                    <Table.Td>
                      <Text size="sm">{formatDate(s.updatedAt.slice(0, 10), locale)}</Text>
                      {s.createdByName ? (
                        <Text size="xs" c="dimmed">
                          {s.createdByName}
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td>
                      <Menu position="bottom-end" withinPortal>
                        <Menu.Target>
                          <Button
                            size="compact-xs"
                            variant="subtle"
                            aria-label={t("planning.scenarios.actionsFor", { name: s.name })}
                          >
                            ⋯
                          </Button>
                        </Menu.Target>
                        <Menu.Dropdown>
                          <Menu.Item onClick={() => void navigate({ to: `/planning/${s.id}` })}>
                            {t("planning.scenarios.open")}
                          </Menu.Item>
                          {planOfRecord && planOfRecord.id !== s.id ? (
                            <Menu.Item
                              onClick={() =>
                                void navigate({
                                  to: "/planning/compare",
                                  search: { base: planOfRecord.id, other: s.id },
                                })
                              }
                            >
                              {t("planning.scenarios.compareWithPlan")}
                            </Menu.Item>
                          ) : null}
                          {planner && s.status === "draft" ? (
                            <>
                              <Menu.Item onClick={() => setRenaming(s)}>
                                {t("planning.rename.button")}
                              </Menu.Item>
                              <Menu.Item
                                color="red"
                                onClick={() => {
                                  if (window.confirm(t("planning.scenarios.confirmDelete", { name: s.name })))
                                    remove.mutate(s.id);
                                }}
                              >
                                {t("planning.scenarios.delete")}
                              </Menu.Item>
                            </>
                          ) : null}
                        </Menu.Dropdown>
                      </Menu>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Paper>
      ) : null}
      {creating ? (
        <NewScenarioModal
          planOfRecord={planOfRecord}
          defaultFiscalYear={Number(me.today.slice(0, 4)) + 1}
          onClose={() => setCreating(false)}
          onCreated={(created) => void navigate({ to: `/planning/${created.id}` })}
        />
      ) : null}
      {renaming ? <RenameScenarioModal scenario={renaming} onClose={() => setRenaming(null)} /> : null}
    </Stack>
  );
}
