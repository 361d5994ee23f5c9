import {
  ActionIcon,
  Anchor,
  Button,
  Group,
  Indicator,
  Popover,
  ScrollArea,
  Stack,
  Text,
} from "@mantine/core";
import { Link } from "@tanstack/react-router";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  notificationsKey,
  useMarkAllNotificationsRead,
  useMarkNotificationRead,
  useNotifications,
} from "../../api/use-notifications";
import { useAppLocale } from "../../app/use-app-locale";
import { toIntlLocale } from "../../format/locale";
import { useRefetchOnDataChange } from "../shared/use-refetch-on-data-change";

/** The header's alert bell: unread count in its name, a popover listing the alerts, mark one or all read. */
export function NotificationsBell() {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const notifications = useNotifications();
  useRefetchOnDataChange(notificationsKey);
  const markRead = useMarkNotificationRead();
  const markAll = useMarkAllNotificationsRead();
  const [opened, setOpened] = useState(false);
  const unread = notifications.data?.unread ?? 0;
  const list = notifications.data?.notifications ?? [];
  const time = new Intl.DateTimeFormat(toIntlLocale(locale), { dateStyle: "medium", timeStyle: "short" });
  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" width={360} shadow="md" withArrow>
      <Popover.Target>
        <Indicator label={unread} size={16} disabled={unread === 0} offset={4} color="red">
          <ActionIcon
            variant="default"
            size="lg"
            aria-label={t("performance.notifications.bell", { count: unread })}
            data-testid="notifications-bell"
            data-unread={unread}
            onClick={() => setOpened((o) => !o)}
          >
            <svg
              width="18"
              height="18"
              viewBox="0 0 24 24"
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
              aria-hidden="true"
            >
              <path d="M18 8a6 6 0 0 0-12 0c0 7-3 9-3 9h18s-3-2-3-9" />
              <path d="M13.73 21a2 2 0 0 1-3.46 0" />
            </svg>
          </ActionIcon>
        </Indicator>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs" role="region" aria-label={t("performance.notifications.title")}>
          <Group justify="space-between">
            <Text fw={700}>{t("performance.notifications.title")}</Text>
            <Button
              size="compact-xs"
              variant="subtle"
              disabled={unread === 0}
              loading={markAll.isPending}
              onClick={() => markAll.mutate()}
            >
              {t("performance.notifications.markAllRead")}
            </Button>
          </Group>
          {list.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t("performance.notifications.none")}
            </Text>
          ) : (
            <ScrollArea.Autosize mah={420}>
              <Stack gap="sm" component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
                {list.map((n) => (
                  <li
                    key={n.id}
                    data-testid="notification"
                    data-kind={n.kind}
                    data-read={n.readAt ? "true" : "false"}
                  >
                    <Stack gap={2}>
                      <Text size="sm" fw={n.readAt ? 400 : 700}>
                        {n.title}
                      </Text>
                      {n.body ? <Text size="xs">{n.body}</Text> : null}
                      <Group gap="xs">
                        <Text size="xs" c="dimmed">
                          {time.format(new Date(n.createdAt))}
                        </Text>
                        {n.link ? (
                          <Anchor
                            component={Link}
                            to={n.link}
                            size="xs"
                            onClick={() => {
                              setOpened(false);
                              if (!n.readAt) markRead.mutate(n.id);
                            }}
                          >
                            {t("performance.notifications.open")}
                          </Anchor>
                        ) : null}
                        {n.readAt ? null : (
                          <Button
                            size="compact-xs"
                            variant="subtle"
                            onClick={() => markRead.mutate(n.id)}
                            aria-label={t("performance.notifications.markReadNamed", { title: n.title })}
                          >
                            {t("performance.notifications.markRead")}
                          </Button>
                        )}
                      </Group>
                    </Stack>
                  </li>
                ))}
              </Stack>
            </ScrollArea.Autosize>
          )}
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
