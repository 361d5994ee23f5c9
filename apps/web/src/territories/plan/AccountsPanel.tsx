import {
  Badge,
  Button,
  Group,
  Pagination,
  Paper,
  Select,
  Skeleton,
  Table,
  Text,
  TextInput,
} from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { PlanAccount, TerritoryPlan } from "../../api/territory-types";
import { usePlanAccounts } from "../../api/use-territories";
import { useAppLocale } from "../../app/use-app-locale";
import { ApiError } from "../../comp/shared/ApiError";
import { useMoney } from "../../comp/shared/use-money";
import { formatCount } from "../../format/format-count";
import { leafPrimaryTerritories } from "./build-territory-tree";
import { MoveAccountModal } from "./MoveAccountModal";

const PAGE = 50;

/** The plan's accounts: search by name, filter by territory, and move one by hand. */
export function AccountsPanel({ plan, editable }: { plan: TerritoryPlan; editable: boolean }) {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const money = useMoney();
  const [search, setSearch] = useState("");
  const [q] = useDebouncedValue(search.trim(), 250);
  const [territoryId, setTerritoryId] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const [moving, setMoving] = useState<PlanAccount | null>(null);
  const accounts = usePlanAccounts(plan.id, {
    q: q || undefined,
    territoryId: territoryId ?? undefined,
    limit: PAGE,
    offset: (page - 1) * PAGE,
  });
  const name = new Map(plan.territories.map((x) => [x.id, x.name]));
  const filters = leafPrimaryTerritories(plan.territories)
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((x) => ({ value: x.id, label: x.name }));
  const total = accounts.data?.total ?? 0;

  return (
    <Paper withBorder radius="md" p="xs">
      <Group mb="xs" align="flex-end">
        <TextInput
          label={t("territories.accounts.search")}
          value={search}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            setPage(1);
          }}
          data-testid="account-search"
        />
        <Select
          label={t("territories.accounts.territory")}
          data={filters}
          value={territoryId}
          onChange={(value) => {
            setTerritoryId(value);
            setPage(1);
          }}
          clearable
          searchable
        />
        <Text size="sm" c="dimmed" data-testid="account-total" data-total={total}>
          {t("territories.accounts.total", { count: total, formatted: formatCount(total, locale) })}
        </Text>
      </Group>
      {accounts.isError ? <ApiError error={accounts.error} /> : null}
      {accounts.isPending ? <Skeleton h={300} /> : null}
      {accounts.data ? (
        <Table.ScrollContainer minWidth={1000}>
          <Table data-testid="accounts-table" highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("territories.accounts.name")}</Table.Th>
                <Table.Th scope="col">{t("territories.accounts.place")}</Table.Th>
                <Table.Th scope="col">{t("territories.accounts.industry")}</Table.Th>
                <Table.Th scope="col">{t("territories.accounts.tier")}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t("territories.accounts.potential")}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t("territories.accounts.workload")}
                </Table.Th>
                <Table.Th scope="col">{t("territories.accounts.territory")}</Table.Th>
                {editable ? <Table.Th scope="col" /> : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {accounts.data.accounts.map((a) => (
                <Table.Tr
                  key={a.accountId}
                  data-testid="account-row"
                  data-account-id={a.accountId}
                  data-territory-id={a.territoryId ?? ""}
                >
                  <Table.Th scope="row" fw={500}>
                    {a.name}
                    <Text size="xs" c="dimmed">
                      {a.externalId}
                    </Text>
                  </Table.Th>
                  <Table.Td>
                    {[a.city, a.postalCode, a.countryCode].filter(Boolean).join(" · ") || "—"}
                  </Table.Td>
                  <Table.Td>{a.industry ?? "—"}</Table.Td>
                  <Table.Td>{a.tier ?? "—"}</Table.Td>
                  <Table.Td className="num">{money(a.potential, plan.currency)}</Table.Td>
                  <Table.Td className="num">{formatCount(a.workload, locale)}</Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Text size="sm">
                        {a.territoryId ? (name.get(a.territoryId) ?? "—") : t("territories.unassigned")}
                      </Text>
                      {a.source ? (
                        <Badge size="xs" variant="light" color="gray" tt="none">
                          {t(`territories.source.${a.source}`)}
                        </Badge>
                      ) : null}
                      {a.locked ? (
                        <Badge size="xs" variant="outline" tt="none">
                          {t("territories.accounts.locked")}
                        </Badge>
                      ) : null}
                    </Group>
                  </Table.Td>
                  {editable ? (
                    <Table.Td>
                      <Button size="compact-xs" variant="subtle" onClick={() => setMoving(a)}>
                        {t("territories.accounts.move")}
                      </Button>
                    </Table.Td>
                  ) : null}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      {total > PAGE ? (
        <Group justify="center" mt="xs">
          <Pagination total={Math.ceil(total / PAGE)} value={page} onChange={setPage} size="sm" />
        </Group>
      ) : null}
      {moving ? <MoveAccountModal plan={plan} account={moving} onClose={() => setMoving(null)} /> : null}
    </Paper>
  );
}
