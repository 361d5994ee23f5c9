import { Badge, Group, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useLiveEvents } from "../api/use-live-events";
import { useAppLocale } from "../app/use-app-locale";
import { formatClockTime } from "./format/format-clock-time";

/** "Live" while the session's event stream is connected, and when the figures on screen were last fetched. */
export function LiveIndicator({ updatedAt }: { updatedAt: number }) {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const live = useLiveEvents();
  const connected = live.status === "live";
  return (
    <Group gap="xs" wrap="nowrap">
      <Badge
        size="sm"
        variant="dot"
        color={connected ? "teal" : "gray"}
        tt="none"
        role="status"
        aria-label={t(`dashboards.live.${live.status}Label`)}
        data-testid="live-indicator"
        data-status={live.status}
      >
        {t(`dashboards.live.${live.status}`)}
      </Badge>
      {updatedAt > 0 ? (
        <Text size="xs" c="dimmed" className="num" data-testid="updated-at">
          {t("dashboards.live.updated", { time: formatClockTime(updatedAt, locale) })}
        </Text>
      ) : null}
    </Group>
  );
}
