import { Alert, List, Paper, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { SegmentationResultView } from "../../api/segmentation-types";
import { useAppLocale } from "../../app/use-app-locale";
import { formatCount } from "../../format/format-count";
import { formatDate } from "../../format/format-date";
import { ClusterCharts } from "../charts/ClusterCharts";
import { ProfileChart } from "../charts/ProfileChart";
import { ProfilesTable } from "./ProfilesTable";

// A long warning list would push the figures away; the rest is counted.
const WARNINGS_SHOWN = 10;

/** A run's result (stored or previewed): coverage, the profiles table, the charts, and what could not be segmented. */
export function ProfilesPanel({
  run,
  onOpenSegment,
}: {
  run: SegmentationResultView;
  onOpenSegment?: (segment: string) => void;
}) {
  const { t } = useTranslation();
  const locale = useAppLocale();
  return (
    <Stack gap="md" data-testid="profiles-panel" data-segmented={run.segmented} data-accounts={run.accounts}>
      <Text size="sm" c="dimmed">
        {t("segmentation.profiles.coverage", {
          segmented: formatCount(run.segmented, locale),
          accounts: formatCount(run.accounts, locale),
          segments: run.segments,
          asOf: formatDate(run.asOf, locale),
        })}
      </Text>
      <Paper withBorder radius="md" p="xs">
        <ProfilesTable profiles={run.profiles} currency={run.currency} onOpenSegment={onOpenSegment} />
      </Paper>
      <Paper withBorder radius="md" p="xs">
        <ProfileChart profiles={run.profiles} currency={run.currency} />
      </Paper>
      {run.clusters && run.config.kind === "clusters" ? (
        <Paper withBorder radius="md" p="xs">
          <ClusterCharts
            // The axes' choices belong to one set of features; a preview on other features starts afresh.
            key={run.config.features.join("|")}
            clusters={run.clusters}
            profiles={run.profiles}
            config={run.config}
          />
        </Paper>
      ) : null}
      {run.warnings.length > 0 ? (
        <Alert
          color="yellow"
          title={t("segmentation.profiles.warnings", { count: run.warnings.length })}
          data-testid="run-warnings"
        >
          <List size="sm">
            {run.warnings.slice(0, WARNINGS_SHOWN).map((w) => (
              <List.Item key={`${w.accountId}|${w.message}`}>{w.message}</List.Item>
            ))}
          </List>
          {run.warnings.length > WARNINGS_SHOWN ? (
            <Text size="sm" mt={4}>
              {t("segmentation.profiles.moreWarnings", { count: run.warnings.length - WARNINGS_SHOWN })}
            </Text>
          ) : null}
        </Alert>
      ) : null}
    </Stack>
  );
}
