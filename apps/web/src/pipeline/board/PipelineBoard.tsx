import { Group, Paper, ScrollArea, Skeleton, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { BoardColumn, BoardQuery } from "../../api/pipeline-types";
import { usePipelineBoard } from "../../api/use-pipeline";
import { useAppLocale } from "../../app/use-app-locale";
import { ApiError } from "../../comp/shared/ApiError";
import { formatCount } from "../../format/format-count";
import { formatMoney } from "../../format/format-money";
import { formatAttainment } from "../../format/format-percent";
import { DealCard } from "./DealCard";

function Column({ column, currency, unknown }: { column: BoardColumn; currency: string; unknown?: boolean }) {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const money = (amount: string) => formatMoney(amount, currency, locale);
  const hidden = column.count - column.opportunities.length;
  const title = unknown ? t("pipeline.board.unknownStage") : column.stage;
  return (
    <Paper
      component="section"
      withBorder
      radius="md"
      p="xs"
      bg={unknown ? "red.0" : "gray.0"}
      // Columns share the width and scroll sideways only when there are many stages.
      style={{ flex: "1 0 240px", maxWidth: 340 }}
      aria-label={title}
      data-testid="board-column"
      data-stage={column.stage}
      data-count={column.count}
      data-amount={column.amount}
      data-weighted={column.weighted}
    >
      <Group justify="space-between" align="baseline" gap={4}>
        <Title order={2} size="h5">
          {title}
        </Title>
        <Text size="xs" c="dimmed">
          {column.probability === null ? "" : formatAttainment(column.probability, locale)}
        </Text>
      </Group>
      <Text size="xs" className="num" ta="left" data-testid="column-count">
        {t("pipeline.board.count", { count: column.count, formatted: formatCount(column.count, locale) })}
        {column.flagged > 0
          ? ` · ${t("pipeline.board.flagged", { formatted: formatCount(column.flagged, locale) })}`
          : ""}
      </Text>
      <Text size="xs" className="num" ta="left">
        {t("pipeline.board.amounts", { amount: money(column.amount), weighted: money(column.weighted) })}
      </Text>
      <Stack gap={6} mt="xs">
        {column.opportunities.map((deal) => (
          <DealCard key={deal.id} deal={deal} currency={currency} />
        ))}
        {hidden > 0 ? (
          <Text size="xs" c="dimmed" ta="center">
            {t("pipeline.board.more", { count: hidden, formatted: formatCount(hidden, locale) })}
          </Text>
        ) : null}
        {column.count === 0 ? (
          <Text size="xs" c="dimmed" ta="center" py="sm">
            {t("pipeline.board.empty")}
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}

/** Open deals by stage, a column per configured open stage (and one for deals in stages no longer configured). */
export function PipelineBoard({ query }: { query: BoardQuery }) {
  const { t } = useTranslation();
  const board = usePipelineBoard(query);
  if (board.isError) return <ApiError error={board.error} testId="board-error" />;
  if (!board.data) return <Skeleton h={420} />;
  const { columns, unknownStage, currency } = board.data;
  return (
    <ScrollArea type="auto" offsetScrollbars>
      <Group
        align="flex-start"
        wrap="nowrap"
        gap="sm"
        data-testid="pipeline-board"
        aria-label={t("pipeline.board.title")}
        aria-busy={board.isPlaceholderData}
      >
        {columns.map((column) => (
          <Column key={column.stage} column={column} currency={currency} />
        ))}
        {unknownStage && unknownStage.count > 0 ? (
          <Column column={unknownStage} currency={currency} unknown />
        ) : null}
      </Group>
    </ScrollArea>
  );
}
