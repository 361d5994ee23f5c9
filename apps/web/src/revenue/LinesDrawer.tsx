import { Alert, Badge, Button, Drawer, Group, Loader, Stack, Table, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ApiProblem } from "../api/api-fetch";
import type { BookingLine } from "../api/types";
import { useRevenueLines } from "../api/use-revenue";
import { useAppLocale } from "../app/use-app-locale";
import { formatDate, formatMonth } from "../format/format-date";
import { formatMoney } from "../format/format-money";
import { formatCount } from "../format/format-count";
import { type DrillDown, drillDownFilter } from "./drill-down";
import type { RevenueFilters } from "./use-revenue-filters";

type Props = { drill: DrillDown | null; filters: RevenueFilters; currency: string; onClose: () => void };

const kindColor: Record<BookingLine["kind"], string> = {
  booking: "gray",
  cancellation: "red",
  return: "orange",
};

export function LinesDrawer({ drill, filters, currency, onClose }: Props) {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const lines = useRevenueLines(drill ? drillDownFilter(drill, filters) : null);
  const money = (amount: string, code = currency) => formatMoney(amount, code, locale);
  const items = lines.data?.pages.flatMap((page) => page.items) ?? [];
  const total = lines.data?.pages[0]?.total;

  const title = !drill
    ? ""
    : drill.kind === "month"
      ? t("lines.titleMonth", { month: formatMonth(drill.month, locale, "long") })
      : drill.kind === "rep"
        ? t("lines.titleRep", { name: drill.name })
        : t("lines.titlePeriod", {
            from: formatMonth(filters.from, locale, "short"),
            to: formatMonth(filters.to, locale, "short"),
          });

  return (
    <Drawer
      opened={drill !== null}
      onClose={onClose}
      position="right"
      size="72rem"
      title={
        <Text fw={700} size="lg">
          {title}
        </Text>
      }
      closeButtonProps={{ "aria-label": t("lines.close") }}
      data-testid="lines-drawer"
    >
      {lines.isPending ? (
        <Group justify="center" p="xl">
          <Loader aria-label={t("app.loading")} />
        </Group>
      ) : lines.isError ? (
        <Alert color="red" role="alert">
          {t("lines.error", {
            detail: lines.error instanceof ApiProblem ? (lines.error.detail ?? lines.error.title) : "",
          })}
        </Alert>
      ) : (
        <Stack gap="sm">
          <Group justify="space-between">
            <Text fw={600} data-testid="lines-summary" className="num" ta="left">
              {t("lines.summary", {
                count: total?.lines ?? 0,
                value: formatCount(total?.lines ?? 0, locale),
                amount: money(total?.amountReporting ?? "0.00"),
              })}
            </Text>
            <Text size="sm" c="dimmed" role="status">
              {t("lines.showing", {
                shown: formatCount(items.length, locale),
                total: formatCount(total?.lines ?? 0, locale),
              })}
            </Text>
          </Group>
          {items.length === 0 ? (
            <Text c="dimmed">{t("lines.empty")}</Text>
          ) : (
            <Table.ScrollContainer minWidth={1000}>
              <Table striped data-testid="lines-table" fz="xs">
                <caption style={{ position: "absolute", left: -10000 }}>{t("lines.caption")}</caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t("lines.date")}</Table.Th>
                    <Table.Th scope="col">{t("lines.order")}</Table.Th>
                    <Table.Th scope="col">{t("lines.account")}</Table.Th>
                    <Table.Th scope="col">{t("lines.opportunity")}</Table.Th>
                    <Table.Th scope="col">{t("lines.product")}</Table.Th>
                    <Table.Th scope="col">{t("lines.servicePeriod")}</Table.Th>
                    <Table.Th scope="col">{t("lines.owner")}</Table.Th>
                    <Table.Th scope="col">{t("lines.kind")}</Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t("lines.amount", { currency })}
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {items.map((line) => (
                    <Table.Tr key={line.id} data-line-id={line.id} data-amount={line.amountReporting}>
                      <Table.Td className="num" ta="left">
                        {formatDate(line.bookingDate, locale)}
                      </Table.Td>
                      <Table.Td className="num" ta="left">
                        {line.orderNumber}
                      </Table.Td>
                      <Table.Td>{line.accountName ?? "—"}</Table.Td>
                      <Table.Td>{line.opportunityName ?? "—"}</Table.Td>
                      <Table.Td>{line.productName ?? "—"}</Table.Td>
                      <Table.Td className="num" ta="left">
                        {line.serviceStart && line.serviceEnd
                          ? `${formatDate(line.serviceStart, locale)} – ${formatDate(line.serviceEnd, locale)}`
                          : "—"}
                      </Table.Td>
                      <Table.Td>{line.ownerName ?? "—"}</Table.Td>
                      <Table.Td>
                        <Badge
                          size="sm"
                          variant="light"
                          tt="none"
                          miw="max-content"
                          color={kindColor[line.kind]}
                        >
                          {t(`lines.kinds.${line.kind}`)}
                        </Badge>
                      </Table.Td>
                      <Table.Td className="num">
                        {money(line.amountReporting)}
                        {line.currency !== currency ? (
                          <Text size="xs" c="dimmed" className="num">
                            {t("lines.originalAmount", { amount: money(line.amount, line.currency) })}
                          </Text>
                        ) : null}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          {lines.hasNextPage ? (
            <Button
              variant="light"
              onClick={() => void lines.fetchNextPage()}
              loading={lines.isFetchingNextPage}
              aria-label={t("lines.loadMore")}
              style={{ alignSelf: "center" }}
            >
              {t("lines.loadMore")}
            </Button>
          ) : null}
        </Stack>
      )}
    </Drawer>
  );
}
