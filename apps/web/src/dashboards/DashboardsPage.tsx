import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Menu,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { Link, useNavigate } from "@tanstack/react-router";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import type { DashboardDto } from "../api/kpi-types";
import { useCreateDashboard, useDashboards, useDeleteDashboard } from "../api/use-dashboards";
import { useAppLocale } from "../app/use-app-locale";
import { useSearchState } from "../comp/shared/use-search-state";
import { formatInstant } from "../forecast/shared/format-instant";
import { formatCount } from "../format/format-count";
import { useDashboardName } from "./use-dashboard-name";

/**
 * `/dashboards`: from the menu (no `?view=all`) it opens the caller's role's preset at once (the API lists it first);
 * with `?view=all`, the presets and the caller's own and shared dashboards, and "New dashboard from preset".
 */
export function DashboardsPage() {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const { get } = useSearchState();
  const navigate = useNavigate();
  const list = useDashboards();
  const create = useCreateDashboard();
  const remove = useDeleteDashboard();
  const name = useDashboardName();
  const showList = get("view") === "all";
  const rolePreset = list.data?.presets[0]?.id;

  useEffect(() => {
    if (!showList && rolePreset)
      void navigate({ to: "/dashboards/$dashboardId", params: { dashboardId: rolePreset }, replace: true });
  }, [showList, rolePreset, navigate]);

  const copy = (preset: DashboardDto) =>
    create.mutate(
      {
        name: t("dashboards.copyName", { name: name(preset) }),
        preset: preset.preset ?? undefined,
        widgets: preset.widgets,
        filters: preset.filters,
      },
      {
        onSuccess: (created) =>
          void navigate({
            to: "/dashboards/$dashboardId",
            params: { dashboardId: created.id },
            search: { edit: "1" },
          }),
      },
    );

  if (list.isError) {
    return (
      <Alert color="red" role="alert" title={t("dashboards.error.title")}>
        {t("dashboards.error.generic")}
      </Alert>
    );
  }
  if (!list.data || !showList) {
    return (
      <Stack gap="md" aria-busy="true" aria-label={t("app.loading")}>
        <Skeleton h={60} />
        <Skeleton h={200} />
      </Stack>
    );
  }
  const { presets, dashboards } = list.data;
  const card = (dashboard: DashboardDto, own: boolean) => (
    <Card
      key={dashboard.id}
      withBorder
      radius="md"
      padding="md"
      data-dashboard-id={dashboard.id}
      component="article"
      aria-label={name(dashboard)}
    >
      <Group justify="space-between" wrap="nowrap">
        <Anchor component={Link} to={`/dashboards/${dashboard.id}`} fw={600}>
          {name(dashboard)}
        </Anchor>
        {dashboard.preset ? (
          <Badge variant="light" size="sm" tt="none">
            {own
              ? t("dashboards.list.fromPreset", { name: t(`dashboards.presets.${dashboard.preset}`) })
              : t("dashboards.list.preset")}
          </Badge>
        ) : null}
      </Group>
      <Text size="sm" c="dimmed" mt={4}>
        {t("dashboards.list.widgets", {
          count: dashboard.widgets.length,
          value: formatCount(dashboard.widgets.length, locale),
        })}
        {own && dashboard.updatedAt
          ? ` · ${t("dashboards.list.updated", { at: formatInstant(dashboard.updatedAt, locale) })}`
          : ""}
      </Text>
      <Group gap="xs" mt="sm">
        {own ? (
          dashboard.editable ? (
            <Button
              size="xs"
              variant="subtle"
              color="red"
              loading={remove.isPending && remove.variables === dashboard.id}
              onClick={() => {
                if (window.confirm(t("dashboards.list.confirmDelete", { name: dashboard.name })))
                  remove.mutate(dashboard.id);
              }}
              aria-label={t("dashboards.list.deleteNamed", { name: dashboard.name })}
            >
              {t("dashboards.list.delete")}
            </Button>
          ) : null
        ) : (
          <Button
            size="xs"
            variant="light"
            onClick={() => copy(dashboard)}
            loading={create.isPending && create.variables?.preset === dashboard.preset}
          >
            {t("dashboards.list.newFromThis")}
          </Button>
        )}
      </Group>
    </Card>
  );

  return (
    <Stack gap="lg" maw={1280} mx="auto" data-testid="dashboards-list">
      <Group justify="space-between" align="flex-end">
        <Title order={1} size="h2">
          {t("dashboards.title")}
        </Title>
        <Menu position="bottom-end">
          <Menu.Target>
            <Button size="sm">{t("dashboards.list.newFromPreset")}</Button>
          </Menu.Target>
          <Menu.Dropdown>
            {presets.map((preset) => (
              <Menu.Item key={preset.id} onClick={() => copy(preset)}>
                {name(preset)}
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
      </Group>
      {create.isError ? (
        <Alert color="red" role="alert">
          {t("dashboards.error.copy", { detail: create.error.message })}
        </Alert>
      ) : null}
      <section aria-labelledby="dashboards-presets">
        <Title order={2} size="h4" id="dashboards-presets" mb="sm">
          {t("dashboards.list.presets")}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>{presets.map((p) => card(p, false))}</SimpleGrid>
      </section>
      <section aria-labelledby="dashboards-own">
        <Title order={2} size="h4" id="dashboards-own" mb="sm">
          {t("dashboards.list.own")}
        </Title>
        {dashboards.length === 0 ? (
          <Text c="dimmed">{t("dashboards.list.noneYet")}</Text>
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>{dashboards.map((d) => card(d, true))}</SimpleGrid>
        )}
      </section>
    </Stack>
  );
}
