import { Alert, Button, Group, List, Modal, Stack, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { TerritoryPlan } from "../../api/territory-types";
import { usePublishTerritoryPlan } from "../../api/use-territory-balancing";
import { useAppLocale } from "../../app/use-app-locale";
import { ApiError } from "../../comp/shared/ApiError";
import { formatDate } from "../../format/format-date";
import { formatShare } from "../../planning/shared/format-plan-amount";

type Props = { plan: TerritoryPlan; onClose: () => void };

/**
 * Publishing makes this plan the plan of record from its effective date: the planner confirms, then sees what it
 * did (accounts moved, owners changed, the quota transfers added to the linked quota scenario).
 */
export function PublishPlanModal({ plan, onClose }: Props) {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const publish = usePublishTerritoryPlan();
  const done = publish.data;
  const people = new Map(
    plan.territories.flatMap((x) => x.owners.map((o) => [o.personId, o.personName] as const)),
  );

  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={<Text fw={700}>{t("territories.publish.title", { name: plan.name })}</Text>}
      closeButtonProps={{ "aria-label": t("territories.close") }}
      data-testid="publish-modal"
    >
      {done ? (
        <Stack
          data-testid="publish-effects"
          data-accounts-moved={done.effects.accountsMoved}
          data-owners-changed={done.effects.ownersChanged}
        >
          <Alert color="teal" title={t("territories.publish.done", { version: done.plan.version ?? 0 })}>
            <List size="sm">
              <List.Item>
                {t("territories.publish.accountsMoved", { count: done.effects.accountsMoved })}
              </List.Item>
              <List.Item>
                {t("territories.publish.ownersChanged", { count: done.effects.ownersChanged })}
              </List.Item>
              <List.Item>
                {done.effects.transfersAppliedTo
                  ? t("territories.publish.transfers", { count: done.effects.quotaTransfers.length })
                  : t("territories.publish.noScenario")}
              </List.Item>
            </List>
          </Alert>
          {done.effects.quotaTransfers.length > 0 ? (
            <Table data-testid="quota-transfers">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t("territories.publish.from")}</Table.Th>
                  <Table.Th scope="col">{t("territories.publish.to")}</Table.Th>
                  <Table.Th scope="col">{t("territories.publish.month")}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t("territories.publish.share")}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {done.effects.quotaTransfers.map((q) => (
                  <Table.Tr key={`${q.fromNodeId}-${q.toNodeId}`}>
                    <Table.Td>{people.get(q.fromNodeId) ?? q.fromNodeId.slice(0, 8)}</Table.Td>
                    <Table.Td>{people.get(q.toNodeId) ?? q.toNodeId.slice(0, 8)}</Table.Td>
                    <Table.Td>{q.effectiveMonth}</Table.Td>
                    <Table.Td className="num">
                      {q.share ? formatShare(q.share, locale) : (q.amount ?? "—")}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          ) : null}
          <Group justify="flex-end">
            <Button onClick={onClose}>{t("territories.close")}</Button>
          </Group>
        </Stack>
      ) : (
        <Stack>
          <Text size="sm">
            {t("territories.publish.confirm", {
              date: formatDate(plan.effectiveFrom, locale),
              territories: plan.territories.length,
              accounts: plan.assigned,
            })}
          </Text>
          {plan.gaps > 0 || plan.overlaps > 0 ? (
            <Alert color="orange">
              {t("territories.publish.coverageFirst", { gaps: plan.gaps, overlaps: plan.overlaps })}
            </Alert>
          ) : null}
          {publish.isError ? <ApiError error={publish.error} testId="publish-error" /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("territories.cancel")}
            </Button>
            <Button
              color="teal"
              loading={publish.isPending}
              data-testid="confirm-publish"
              onClick={() => publish.mutate({ id: plan.id, baseRevision: plan.revision })}
            >
              {t("territories.publish.confirmButton")}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
