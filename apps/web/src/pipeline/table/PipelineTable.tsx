import { Anchor, Group, Pagination, Paper, Skeleton, Table, Text } from "@mantine/core";
import { Link } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { OpportunitySort } from "../../api/pipeline-types";
import { usePipelineOpportunities } from "../../api/use-pipeline";
import { useAppLocale } from "../../app/use-app-locale";
import { ApiError } from "../../comp/shared/ApiError";
import { formatCount } from "../../format/format-count";
import { formatDate } from "../../format/format-date";
import { formatMoney } from "../../format/format-money";
import { formatDays } from "../shared/format-ratio";
import { nextSort, type PipelineUrlState, tablePageSize, toOpportunityQuery } from "../shared/pipeline-url";
import { RiskFlagBadges } from "../shared/RiskFlagBadges";
import { SortableHeader } from "./SortableHeader";

type Props = {
  state: PipelineUrlState;
  onChange: (changes: Record<string, string | undefined>) => void;
};

/** Open deals as a table: sorted and paged by the server, filtered by the page's filters. */
export function PipelineTable({ state, onChange }: Props) {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const deals = usePipelineOpportunities(toOpportunityQuery(state));
  const data = deals.data;
  const onSort = (column: OpportunitySort) => {
    const next = nextSort(state, column);
    onChange({ sort: next.sort, order: next.order, page: undefined });
  };
  const header = (column: OpportunitySort, label: string, numeric?: boolean) => (
    <SortableHeader
      column={column}
      label={label}
      sort={state.sort}
      order={state.order}
      onSort={onSort}
      numeric={numeric}
    />
  );
  if (deals.isError) return <ApiError error={deals.error} testId="table-error" />;
  if (!data) return <Skeleton h={420} />;
  const money = (amount: string | null) =>
    amount === null ? "—" : formatMoney(amount, data.currency, locale);
  const pages = Math.max(1, Math.ceil(data.total / tablePageSize));

  return (
    <Paper withBorder radius="md" p="xs" aria-busy={deals.isPlaceholderData}>
      <Group justify="space-between" mb="xs">
        <Text size="sm" data-testid="table-total" data-total={data.total}>
          {t("pipeline.table.total", {
            count: data.total,
            formatted: formatCount(data.total, locale),
            amount: money(data.totals.amount),
            weighted: money(data.totals.weighted),
          })}
        </Text>
      </Group>
      <Table.ScrollContainer minWidth={1000}>
        <Table data-testid="pipeline-table" highlightOnHover striped>
          <Table.Thead>
            <Table.Tr>
              {header("name", t("pipeline.table.nameAndFlags"))}
              <Table.Th scope="col">{t("pipeline.table.owner")}</Table.Th>
              <Table.Th scope="col">{t("pipeline.table.stage")}</Table.Th>
              {header("amount", t("pipeline.table.amount"), true)}
              <Table.Th scope="col" ta="right">
                {t("pipeline.table.weighted")}
              </Table.Th>
              {header("closeDate", t("pipeline.table.closeDate"))}
              {header("ageDays", t("pipeline.table.age"), true)}
              {header("daysInStage", t("pipeline.table.daysInStage"), true)}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.opportunities.map((deal) => (
              <Table.Tr
                key={deal.id}
                data-testid="deal-row"
                data-opportunity-id={deal.id}
                data-owner-id={deal.ownerId ?? ""}
                data-stage={deal.stage}
                data-flags={deal.flags.map((f) => f.kind).join(" ")}
              >
                <Table.Th scope="row" fw={500} miw={260}>
                  <Anchor component={Link} to={`/pipeline/deals/${deal.id}`} size="sm">
                    {deal.name}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {deal.accountName ?? "—"} · {t(`pipeline.type.${deal.type}`)}
                  </Text>
                  {deal.flags.length > 0 ? (
                    <div style={{ marginTop: 4 }}>
                      <RiskFlagBadges flags={deal.flags} />
                    </div>
                  ) : null}
                </Table.Th>
                <Table.Td>{deal.ownerName ?? "—"}</Table.Td>
                <Table.Td c={deal.stageKnown ? undefined : "red.7"}>{deal.stage}</Table.Td>
                <Table.Td className="num">{money(deal.reportingAmount)}</Table.Td>
                <Table.Td className="num">{money(deal.weighted)}</Table.Td>
                <Table.Td style={{ whiteSpace: "nowrap" }}>
                  {deal.closeDate ? formatDate(deal.closeDate, locale) : "—"}
                  {deal.pushCount > 0 ? (
                    <Text size="xs" c="dimmed">
                      {t("pipeline.table.pushed", { count: deal.pushCount })}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td className="num">{formatDays(deal.ageDays, locale)}</Table.Td>
                <Table.Td className="num">{formatDays(deal.daysInStage, locale)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {data.total === 0 ? (
        <Text c="dimmed" ta="center" py="lg" data-testid="table-empty">
          {t("pipeline.table.empty")}
        </Text>
      ) : null}
      {pages > 1 ? (
        <Group justify="center" mt="xs">
          <Pagination
            total={pages}
            value={Math.min(state.page, pages)}
            onChange={(page) => onChange({ page: page === 1 ? undefined : String(page) })}
            size="sm"
            getControlProps={(control) => ({ "aria-label": t(`pipeline.table.page.${control}`) })}
            getItemProps={(page) => ({ "aria-label": t("pipeline.table.page.number", { page }) })}
          />
        </Group>
      ) : null}
    </Paper>
  );
}
