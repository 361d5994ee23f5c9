import { Badge, Group, Progress, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { CompRun } from "../../api/comp-types";
import { runProgressPercent } from "./run-progress";

const statusColor: Record<CompRun["status"], string> = {
  queued: "gray",
  running: "indigo",
  succeeded: "teal",
  failed: "red",
};

/** A run's status and progress bar; `showCounts` adds "12 of 50 payees" (comp admins: the counts are workspace-wide). */
export function RunProgress({ run, showCounts }: { run: CompRun; showCounts: boolean }) {
  const { t } = useTranslation();
  const percent = runProgressPercent(run);
  return (
    <Stack gap={6} data-testid="run-progress" data-status={run.status}>
      <Group justify="space-between">
        <Group gap="xs">
          <Badge color={statusColor[run.status]} variant="light" tt="none" data-testid="run-status">
            {t(`comp.runs.status.${run.status}`)}
          </Badge>
          {showCounts && run.progress.total > 0 ? (
            <Text size="sm" c="dimmed" className="num">
              {t("comp.runs.progress", { done: run.progress.done, total: run.progress.total })}
            </Text>
          ) : null}
          {run.status === "queued" ? (
            <Text size="sm" c="dimmed">
              {t("comp.runs.waiting")}
            </Text>
          ) : null}
        </Group>
        <Text size="sm" className="num">
          {percent}%
        </Text>
      </Group>
      <Progress
        value={percent}
        animated={run.status === "running" || run.status === "queued"}
        color={statusColor[run.status]}
        aria-label={t("comp.runs.progressLabel")}
        aria-valuenow={percent}
        aria-valuemin={0}
        aria-valuemax={100}
        role="progressbar"
      />
      {run.error ? (
        <Text size="sm" c="red" role="alert">
          {run.error}
        </Text>
      ) : null}
    </Stack>
  );
}
