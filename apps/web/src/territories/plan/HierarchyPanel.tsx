import { Badge, Button, Group, Paper, Table, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Territory, TerritoryPlan } from "../../api/territory-types";
import { useAppLocale } from "../../app/use-app-locale";
import { useMoney } from "../../comp/shared/use-money";
import { formatCount } from "../../format/format-count";
import { toIntlLocale } from "../../format/locale";
import { UNASSIGNED_COLOUR } from "../map/territory-colours";
import { buildTerritoryTree } from "./build-territory-tree";
import { TerritoryEditorModal } from "./TerritoryEditorModal";

type Props = { plan: TerritoryPlan; colours: Map<string, string>; editable: boolean };

/** Region → area → territory, each with its accounts, potential, workload and owners (loads rolled up). */
export function HierarchyPanel({ plan, colours, editable }: Props) {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const money = useMoney();
  const [editing, setEditing] = useState<{ territory: Territory | null } | null>(null);
  const rows = buildTerritoryTree(plan.territories);
  const workload = new Intl.NumberFormat(toIntlLocale(locale), { maximumFractionDigits: 0 });

  return (
    <Paper withBorder radius="md" p="xs">
      {editable ? (
        <Group justify="flex-end" mb="xs">
          <Button
            size="xs"
            variant="light"
            onClick={() => setEditing({ territory: null })}
            data-testid="add-territory"
          >
            {t("territories.hierarchy.add")}
          </Button>
        </Group>
      ) : null}
      <Table.ScrollContainer minWidth={900}>
        <Table data-testid="hierarchy" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("territories.hierarchy.name")}</Table.Th>
              <Table.Th scope="col">{t("territories.hierarchy.level")}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t("territories.hierarchy.accounts")}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t("territories.hierarchy.potential")}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t("territories.hierarchy.workload")}
              </Table.Th>
              <Table.Th scope="col">{t("territories.hierarchy.owners")}</Table.Th>
              {editable ? <Table.Th scope="col" /> : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map(({ territory: node, depth, leaf }) => (
              <Table.Tr
                key={node.id}
                data-testid="territory-row"
                data-key={node.key}
                data-accounts={node.load.accounts}
                data-potential={node.load.potential}
              >
                <Table.Th scope="row" fw={leaf ? 400 : 600} style={{ paddingLeft: 8 + depth * 20 }}>
                  <Group gap={6} wrap="nowrap">
                    {leaf ? (
                      <span
                        aria-hidden
                        style={{
                          width: 10,
                          height: 10,
                          borderRadius: 5,
                          flex: "none",
                          background: colours.get(node.key) ?? UNASSIGNED_COLOUR,
                        }}
                      />
                    ) : null}
                    <span>{node.name}</span>
                    <Text span size="xs" c="dimmed">
                      {node.key}
                    </Text>
                    {node.kind === "overlay" ? (
                      <Badge size="xs" variant="outline" tt="none">
                        {t("territories.hierarchy.overlay")}
                      </Badge>
                    ) : null}
                  </Group>
                </Table.Th>
                <Table.Td>{t(`territories.level.${node.level}`)}</Table.Td>
                <Table.Td className="num">{formatCount(node.load.accounts, locale)}</Table.Td>
                <Table.Td className="num">{money(node.load.potential, plan.currency)}</Table.Td>
                <Table.Td className="num">{workload.format(node.load.workload)}</Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {node.owners
                      .map((o) =>
                        o.role === "overlay"
                          ? `${o.personName} (${t("territories.owner.overlay")})`
                          : o.personName,
                      )
                      .join(", ") || "—"}
                  </Text>
                </Table.Td>
                {editable ? (
                  <Table.Td>
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      onClick={() => setEditing({ territory: node })}
                      aria-label={t("territories.hierarchy.editFor", { name: node.name })}
                    >
                      {t("territories.hierarchy.edit")}
                    </Button>
                  </Table.Td>
                ) : null}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {editing ? (
        <TerritoryEditorModal plan={plan} territory={editing.territory} onClose={() => setEditing(null)} />
      ) : null}
    </Paper>
  );
}
