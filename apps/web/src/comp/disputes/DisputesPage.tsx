import { Badge, Grid, Group, NavLink, Paper, Skeleton, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useDisputes } from "../../api/use-comp-statements";
import { useAppLocale } from "../../app/use-app-locale";
import { ApiError } from "../shared/ApiError";
import { formatPeriodKey } from "../shared/period-keys";
import { useSearchState } from "../shared/use-search-state";
import { DisputeThread, disputeColor } from "./DisputeThread";

export function DisputesPage() {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const search = useSearchState();
  const disputes = useDisputes();
  const selected = search.get("dispute") ?? disputes.data?.[0]?.id;

  return (
    <Stack gap="md" maw={1280} mx="auto">
      <div>
        <Title order={1} size="h2">
          {t("comp.disputes.title")}
        </Title>
        <Text c="dimmed" size="sm">
          {t("comp.disputes.subtitle")}
        </Text>
      </div>
      {disputes.isError ? <ApiError error={disputes.error} /> : null}
      {!disputes.data && !disputes.isError ? <Skeleton h={240} /> : null}
      {disputes.data && disputes.data.length === 0 ? (
        <Paper withBorder p="xl" ta="center" data-testid="no-disputes">
          <Text>{t("comp.disputes.none")}</Text>
        </Paper>
      ) : null}
      {disputes.data && disputes.data.length > 0 ? (
        <Grid>
          <Grid.Col span={{ base: 12, md: 4 }}>
            <Paper withBorder radius="md" p={4} component="nav" aria-label={t("comp.disputes.list")}>
              {disputes.data.map((d) => (
                <NavLink
                  key={d.id}
                  active={d.id === selected}
                  aria-current={d.id === selected ? "true" : undefined}
                  onClick={() => search.set({ dispute: d.id })}
                  data-testid="dispute-item"
                  data-dispute-id={d.id}
                  label={d.subject}
                  description={
                    <Group gap={6} component="span">
                      <span>
                        {d.personName} · {formatPeriodKey(d.periodKey, locale)}
                      </span>
                      <Badge
                        size="xs"
                        variant="light"
                        color={disputeColor[d.status]}
                        tt="none"
                        component="span"
                      >
                        {t(`comp.disputes.status.${d.status}`)}
                      </Badge>
                    </Group>
                  }
                />
              ))}
            </Paper>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 8 }}>
            <Paper withBorder radius="md" p="md">
              {selected ? <DisputeThread key={selected} id={selected} /> : null}
            </Paper>
          </Grid.Col>
        </Grid>
      ) : null}
    </Stack>
  );
}
