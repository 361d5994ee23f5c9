import { Badge, Paper, Text, Timeline, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { TimelineEvent } from "../../api/pipeline-types";
import { useAppLocale } from "../../app/use-app-locale";
import { formatDate } from "../../format/format-date";
import { formatMoney } from "../../format/format-money";
import { formatInstant, timelineOldestFirst } from "./timeline-order";

/** The change a timeline entry records, in the UI language (the server's English message follows it). */
function useDescribeChange(currency: string) {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const money = (amount: string | null) => (amount === null ? "—" : formatMoney(amount, currency, locale));
  const day = (date: string | null) => (date === null ? "—" : formatDate(date, locale));
  const category = (value: string | null) =>
    value === null ? "—" : t(`pipeline.category.${value}`, { defaultValue: value });
  return (event: TimelineEvent): string => {
    switch (event.kind) {
      case "stage":
      case "closed":
        return event.previous ? `${event.previous} → ${event.stage ?? "—"}` : (event.stage ?? "");
      case "amount":
        return `${money(event.previous)} → ${money(event.amount)}`;
      case "close_date":
        return `${day(event.previous)} → ${day(event.closeDate)}`;
      case "category":
        return `${category(event.previous)} → ${category(event.forecastCategory)}`;
      case "activity":
        return event.activity
          ? [t(`pipeline.activity.${event.activity.kind}`), event.activity.personName, event.activity.outcome]
              .filter(Boolean)
              .join(" · ")
          : "";
      case "created":
        return [event.stage, event.amount === null ? null : money(event.amount)].filter(Boolean).join(" · ");
    }
  };
}

/** Everything that happened to the deal, oldest first: creation, stage moves, amount cuts, pushes, activities. */
export function DealTimeline({ events, currency }: { events: readonly TimelineEvent[]; currency: string }) {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const describe = useDescribeChange(currency);
  const ordered = timelineOldestFirst(events);
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="deal-timeline-title">
      <Title order={2} size="h4" mb="sm" id="deal-timeline-title">
        {t("pipeline.deal.timeline")}
      </Title>
      {ordered.length === 0 ? (
        <Text c="dimmed">{t("pipeline.deal.noEvents")}</Text>
      ) : (
        <Timeline bulletSize={14} lineWidth={2} data-testid="deal-timeline" active={ordered.length - 1}>
          {ordered.map((event, index) => (
            <Timeline.Item
              // Events have no id; their position in the oldest-first order is stable.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              key={index}
              data-testid="timeline-event"
              data-kind={event.kind}
              data-at={event.at}
              title={
                <Text size="sm" fw={600} component="span">
                  <Badge size="xs" variant="light" tt="none" mr={6} color="gray">
                    {t(`pipeline.timeline.${event.kind}`)}
                  </Badge>
                  {describe(event)}
                </Text>
              }
            >
              <Text size="xs" c="dimmed">
                <time dateTime={event.at}>{formatInstant(event.at, locale)}</time>
              </Text>
              {/* An activity's title already says everything its message does. */}
              {event.kind === "activity" ? null : <Text size="sm">{event.message}</Text>}
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Paper>
  );
}
