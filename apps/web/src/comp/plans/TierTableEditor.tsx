import {
  ActionIcon,
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
} from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Tier, TierTable, ValidationIssue } from "../../api/comp-types";
import { IssueText } from "./IssueText";
import { issuesAt } from "./plan-issues";
import { addTier, removeAt, replaceAt } from "./plan-editing";
import { TierChart } from "./TierChart";

type Props = {
  table: TierTable;
  path: string;
  issues: readonly ValidationIssue[];
  currency: string;
  readOnly: boolean;
  onChange: (table: TierTable) => void;
  onRemove: () => void;
};

/** A tier table edited as rows (from, to, rate, rate at "to" for interpolated), drawn beside as a chart. */
export function TierTableEditor({ table, path, issues, currency, readOnly, onChange, onRemove }: Props) {
  const { t } = useTranslation();
  const setTier = (index: number, tier: Tier) =>
    onChange({ ...table, tiers: replaceAt(table.tiers, index, tier) });
  const interpolated = table.method === "interpolated";

  return (
    <Paper withBorder radius="md" p="md" data-testid="tier-table" data-name={table.name}>
      <Group justify="space-between" mb="xs" align="flex-end">
        <Group gap="sm" align="flex-end">
          <TextInput
            label={t("comp.plans.tableName")}
            value={table.name}
            readOnly={readOnly}
            onChange={(e) => onChange({ ...table, name: e.currentTarget.value })}
            w={200}
          />
          <Select
            label={t("comp.plans.method")}
            w={160}
            allowDeselect={false}
            readOnly={readOnly}
            value={table.method}
            data={(["marginal", "retroactive", "interpolated"] as const).map((m) => ({
              value: m,
              label: t(`comp.plans.methods.${m}`),
            }))}
            onChange={(m) =>
              m === "marginal" || m === "retroactive" || m === "interpolated"
                ? onChange({ ...table, method: m })
                : undefined
            }
          />
          <Select
            label={t("comp.plans.basisLabel")}
            w={140}
            allowDeselect={false}
            readOnly={readOnly}
            value={table.basis}
            data={(["attainment", "amount"] as const).map((b) => ({
              value: b,
              label: t(`comp.plans.basis.${b}`),
            }))}
            onChange={(b) =>
              b === "attainment" || b === "amount" ? onChange({ ...table, basis: b }) : undefined
            }
          />
          <Select
            label={t("comp.plans.boundary")}
            w={200}
            allowDeselect={false}
            readOnly={readOnly}
            value={table.boundary}
            data={(["upper", "lower"] as const).map((b) => ({
              value: b,
              label: t(`comp.plans.boundaries.${b}`),
            }))}
            onChange={(b) =>
              b === "upper" || b === "lower" ? onChange({ ...table, boundary: b }) : undefined
            }
          />
        </Group>
        {!readOnly ? (
          <Button variant="subtle" color="red" size="xs" onClick={onRemove}>
            {t("comp.plans.removeTable")}
          </Button>
        ) : null}
      </Group>
      <IssueText issues={issuesAt(issues, path)} />
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <Stack gap="xs">
          <Table fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("comp.plans.from")}</Table.Th>
                <Table.Th scope="col">{t("comp.plans.to")}</Table.Th>
                <Table.Th scope="col">{t("comp.plans.rate")}</Table.Th>
                {interpolated ? <Table.Th scope="col">{t("comp.plans.rateAtTo")}</Table.Th> : null}
                {!readOnly ? (
                  <Table.Th scope="col">
                    <Text span size="xs" c="dimmed">
                      {t("comp.plans.rowActions")}
                    </Text>
                  </Table.Th>
                ) : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {table.tiers.map((tier, index) => {
                const rowPath = `${path}.tiers.${index}`;
                const cell = (field: "from" | "to" | "rate" | "rateAtTo", value: string, label: string) => (
                  <Table.Td>
                    <TextInput
                      size="xs"
                      aria-label={t("comp.plans.cellLabel", { field: label, row: index + 1 })}
                      value={value}
                      readOnly={readOnly}
                      placeholder={field === "to" ? "∞" : undefined}
                      error={issuesAt(issues, `${rowPath}.${field}`)[0]?.message}
                      onChange={(e) => {
                        const text = e.currentTarget.value.trim();
                        setTier(
                          index,
                          field === "to"
                            ? { ...tier, to: text === "" ? null : text }
                            : { ...tier, [field]: text },
                        );
                      }}
                    />
                  </Table.Td>
                );
                return (
                  // biome-ignore lint/suspicious/noArrayIndexKey: bands are positional; their values are being edited
                  <Table.Tr key={index} data-testid="tier-row">
                    {cell("from", tier.from, t("comp.plans.from"))}
                    {cell("to", tier.to ?? "", t("comp.plans.to"))}
                    {cell("rate", tier.rate, t("comp.plans.rate"))}
                    {interpolated ? cell("rateAtTo", tier.rateAtTo ?? "", t("comp.plans.rateAtTo")) : null}
                    {readOnly ? null : (
                      <Table.Td>
                        {table.tiers.length > 1 ? (
                          <ActionIcon
                            variant="subtle"
                            color="red"
                            aria-label={t("comp.plans.removeTier", { row: index + 1 })}
                            onClick={() => onChange({ ...table, tiers: removeAt(table.tiers, index) })}
                          >
                            ×
                          </ActionIcon>
                        ) : null}
                      </Table.Td>
                    )}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
          <IssueText
            issues={issuesAt(issues, `${path}.tiers`, true).filter(
              (i) => !/\.(from|to|rate|rateAtTo)$/.test(i.path),
            )}
          />
          {!readOnly ? (
            <Button
              variant="light"
              size="xs"
              onClick={() => onChange(addTier(table))}
              style={{ alignSelf: "flex-start" }}
            >
              {t("comp.plans.addTier")}
            </Button>
          ) : null}
        </Stack>
        <TierChart table={table} currency={currency} />
      </SimpleGrid>
    </Paper>
  );
}
