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
import type { TerritoryPlanSummary } from "../api/territory-types";
import { useDeleteTerritoryPlan, useTerritoryPlans } from "../api/use-territories";
import { useAppLocale } from "../app/use-app-locale";
import { useSignedInMe } from "../app/use-signed-in-me";
import { ApiError } from "../comp/shared/ApiError";
import { formatCount } from "../format/format-count";
import { formatDate } from "../format/format-date";
import { ComparePlansPanel } from "./plans/ComparePlansPanel";
import { NewPlanModal } from "./plans/NewPlanModal";
import { PlanStatusBadge } from "./shared/PlanStatusBadge";
import { isTerritoryPlanner } from "./shared/territory-roles";

/** Territory design's home: the plan of record, the drafts and the archived plans; create, copy, compare. */
export function TerritoriesPage() {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const me = useSignedInMe();
  const navigate = useNavigate();
  const plans = useTerritoryPlans();
  const remove = useDeleteTerritoryPlan();
  const [creating, setCreating] = useState<{ copyOf: TerritoryPlanSummary | null } | null>(null);
  const planner = isTerritoryPlanner(me.role);
  const list = plans.data ?? [];
  const nextYear = `${Number(me.today.slice(0, 4)) + 1}-01-01`;

  return (
    <Stack gap="md" maw={1280} mx="auto">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">
            {t("territories.plans.title")}
          </Title>
          <Text c="dimmed" size="sm">
            {t("territories.plans.subtitle")}
          </Text>
        </div>
        {planner ? (
          <Button onClick={() => setCreating({ copyOf: null })} data-testid="new-plan">
            {t("territories.new.button")}
          </Button>
        ) : null}
      </Group>
      {plans.isError ? <ApiError error={plans.error} /> : null}
      {remove.isError ? <ApiError error={remove.error} /> : null}
      {plans.isPending ? <Skeleton h={240} /> : null}
      {plans.data && list.length === 0 ? (
        <Paper withBorder p="xl" ta="center">
          <Text>{t("territories.plans.none")}</Text>
        </Paper>
      ) : null}
      {list.length > 0 ? (
        <Paper withBorder radius="md" p="xs">
          <Table.ScrollContainer minWidth={900}>
            <Table data-testid="plan-list" highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("territories.plans.name")}</Table.Th>
                  <Table.Th scope="col">{t("territories.plans.status")}</Table.Th>
                  <Table.Th scope="col">{t("territories.plans.effectiveFrom")}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t("territories.plans.territories")}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t("territories.plans.assigned")}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t("territories.plans.gaps")}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t("territories.plans.overlaps")}
                  </Table.Th>
                  <Table.Th scope="col">
                    <VisuallyHidden>{t("territories.plans.actions")}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.map((p) => (
                  <Table.Tr
                    key={p.id}
                    data-testid="plan-row"
                    data-plan-id={p.id}
                    data-name={p.name}
                    data-status={p.status}
                    data-plan-of-record={p.planOfRecord}
                  >
                    <Table.Th scope="row" fw={500}>
                      <Anchor component={Link} to={`/territories/${p.id}`}>
                        {p.name}
                      </Anchor>
                    </Table.Th>
                    <Table.Td>
                      <PlanStatusBadge plan={p} />
                    </Table.Td>
                    <Table.Td>{formatDate(p.effectiveFrom, locale)}</Table.Td>
                    <Table.Td className="num">{formatCount(p.territories, locale)}</Table.Td>
                    <Table.Td className="num">
                      {formatCount(p.assigned, locale)} / {formatCount(p.accounts, locale)}
                    </Table.Td>
                    <Table.Td className="num">{formatCount(p.gaps, locale)}</Table.Td>
                    <Table.Td className="num">{formatCount(p.overlaps, locale)}</Table.Td>
                    <Table.Td>
                      <Menu position="bottom-end" withinPortal>
                        <Menu.Target>
                          <Button
                            size="compact-xs"
                            variant="subtle"
                            aria-label={t("territories.plans.actionsFor", { name: p.name })}
                          >
                            ⋯
                          </Button>
                        </Menu.Target>
                        <Menu.Dropdown>
                          <Menu.Item onClick={() => void navigate({ to: `/territories/${p.id}` })}>
                            {t("territories.plans.open")}
                          </Menu.Item>
                          {planner ? (
                            <Menu.Item onClick={() => setCreating({ copyOf: p })}>
                              {t("territories.plans.copy")}
                            </Menu.Item>
                          ) : null}
                          {planner && p.status === "draft" ? (
                            <Menu.Item
                              color="red"
                              onClick={() => {
                                if (window.confirm(t("territories.plans.confirmDelete", { name: p.name })))
                                  remove.mutate(p.id);
                              }}
                            >
                              {t("territories.plans.delete")}
                            </Menu.Item>
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
      {list.length >= 2 ? <ComparePlansPanel plans={list} /> : null}
      {creating ? (
        <NewPlanModal
          copyOf={creating.copyOf}
          defaultEffectiveFrom={nextYear}
          onClose={() => setCreating(null)}
          onCreated={(plan) => void navigate({ to: `/territories/${plan.id}` })}
        />
      ) : null}
    </Stack>
  );
}
