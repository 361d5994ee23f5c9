import { Alert, Group, List, Paper, SimpleGrid, Skeleton, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { TerritoryPlan } from "../../api/territory-types";
import { useTerritoryCoverage } from "../../api/use-territories";
import { useAppLocale } from "../../app/use-app-locale";
import { ApiError } from "../../comp/shared/ApiError";
import { formatCount } from "../../format/format-count";

const SHOWN = 50;

/** What the rules leave uncovered (gaps), cover twice (overlaps), and the accounts the map cannot place. */
export function CoveragePanel({ plan }: { plan: TerritoryPlan }) {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const coverage = useTerritoryCoverage(plan.id);
  if (coverage.isError) return <ApiError error={coverage.error} />;
  if (!coverage.data) return <Skeleton h={200} />;
  const c = coverage.data;
  const name = new Map(plan.territories.map((x) => [x.id, x.name]));

  return (
    <Stack data-testid="coverage" data-gaps={c.gaps.length} data-overlaps={c.overlaps.length}>
      <Group>
        <Figure label={t("territories.coverage.gaps")} value={formatCount(c.gaps.length, locale)} />
        <Figure label={t("territories.coverage.overlaps")} value={formatCount(c.overlaps.length, locale)} />
        <Figure label={t("territories.coverage.unassigned")} value={formatCount(c.unassigned, locale)} />
        <Figure
          label={t("territories.coverage.noCoordinates")}
          value={formatCount(c.noCoordinates.count, locale)}
        />
      </Group>
      {c.gaps.length === 0 && c.overlaps.length === 0 ? (
        <Alert color="teal">{t("territories.coverage.complete")}</Alert>
      ) : null}
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <Section title={t("territories.coverage.gapsTitle")} hint={t("territories.coverage.gapsHint")}>
          {c.gaps.slice(0, SHOWN).map((g) => (
            <List.Item key={g.accountId}>
              {g.name}{" "}
              {g.countryCode ? (
                <Text span c="dimmed" size="xs">
                  {g.countryCode}
                </Text>
              ) : null}
            </List.Item>
          ))}
          <More total={c.gaps.length} />
        </Section>
        <Section
          title={t("territories.coverage.overlapsTitle")}
          hint={t("territories.coverage.overlapsHint")}
        >
          {c.overlaps.slice(0, SHOWN).map((o) => (
            <List.Item key={o.accountId}>
              {o.name}{" "}
              <Text span c="dimmed" size="xs">
                {o.territoryIds.map((id) => name.get(id) ?? id).join(" / ")}
              </Text>
            </List.Item>
          ))}
          <More total={c.overlaps.length} />
        </Section>
        <Section
          title={t("territories.coverage.noCoordinatesTitle")}
          hint={t("territories.coverage.noCoordinatesHint")}
        >
          {c.noCoordinates.accounts.slice(0, SHOWN).map((a) => (
            <List.Item key={a.accountId}>{a.name}</List.Item>
          ))}
          <More total={c.noCoordinates.count} />
        </Section>
      </SimpleGrid>
    </Stack>
  );
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <Paper withBorder p="sm" radius="md" miw={150}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="lg" className="num">
        {value}
      </Text>
    </Paper>
  );
}

function Section({ title, hint, children }: { title: string; hint: string; children: React.ReactNode }) {
  return (
    <Paper withBorder p="sm" radius="md">
      <Title order={3} size="h5">
        {title}
      </Title>
      <Text size="xs" c="dimmed" mb="xs">
        {hint}
      </Text>
      <List size="sm" spacing={2}>
        {children}
      </List>
    </Paper>
  );
}

function More({ total }: { total: number }) {
  const { t } = useTranslation();
  return total > SHOWN ? (
    <Text size="xs" c="dimmed" mt={4}>
      {t("territories.coverage.more", { count: total - SHOWN })}
    </Text>
  ) : null;
}
