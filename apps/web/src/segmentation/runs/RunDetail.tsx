import { Badge, Button, Group, Paper, Skeleton, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useSegmentationRun, useSegmentations } from "../../api/use-segmentation";
import { useAppLocale } from "../../app/use-app-locale";
import { ApiError } from "../../comp/shared/ApiError";
import { formatDate } from "../../format/format-date";
import { configToForm } from "../builder/config-to-form";
import type { BuilderStart } from "../builder/SegmentationBuilder";
import { ProfilesPanel } from "../shared/ProfilesPanel";
import { SegmentAccountsTable } from "./SegmentAccountsTable";
import { SegmentationsTable } from "./SegmentationsTable";

type Props = {
  runId: string;
  segment: string | undefined;
  onSegment: (segment: string | undefined) => void;
  onSelectRun: (runId: string) => void;
  /** Planners only: open the builder with this run's name and settings. */
  onStartFrom: ((start: BuilderStart) => void) | undefined;
};

/** One stored run: its profiles and charts, every run of the same name, and its accounts. */
export function RunDetail({ runId, segment, onSegment, onSelectRun, onStartFrom }: Props) {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const run = useSegmentationRun(runId);
  const history = useSegmentations(run.data?.name);
  if (run.isError) return <ApiError error={run.error} />;
  if (!run.data) return <Skeleton h={320} />;
  const r = run.data;
  return (
    <Stack gap="md" data-testid="run-detail" data-run-id={r.id}>
      <Group justify="space-between" align="flex-end">
        <div>
          <Group gap="sm">
            <Title order={2} size="h3">
              {r.name}
            </Title>
            <Badge variant="light">{t(`segmentation.kinds.${r.kind}`)}</Badge>
          </Group>
          <Text size="sm" c="dimmed">
            {t("segmentation.runs.summary", {
              validFrom: formatDate(r.validFrom, locale),
              asOf: formatDate(r.asOf, locale),
            })}
          </Text>
        </div>
        {onStartFrom ? (
          <Button
            variant="default"
            onClick={() => onStartFrom({ name: r.name, form: configToForm(r.config) })}
          >
            {t("segmentation.runs.newFromThis")}
          </Button>
        ) : null}
      </Group>
      <ProfilesPanel run={r} onOpenSegment={(s) => onSegment(s)} />
      {history.data && history.data.length > 1 ? (
        <Paper withBorder radius="md" p="xs">
          <Text fw={600} size="sm" mb={4}>
            {t("segmentation.runs.history", { name: r.name })}
          </Text>
          <SegmentationsTable
            runs={history.data}
            selectedId={r.id}
            onSelect={(other) => onSelectRun(other.id)}
            testId="segmentation-history"
          />
        </Paper>
      ) : null}
      <Paper withBorder radius="md" p="md">
        <Title order={3} size="h4" mb="sm">
          {t("segmentation.accounts.title")}
        </Title>
        <SegmentAccountsTable key={r.id} run={r} segment={segment} onSegment={onSegment} />
      </Paper>
    </Stack>
  );
}
