import { Paper, Skeleton, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useSegmentations } from "../../api/use-segmentation";
import { ApiError } from "../../comp/shared/ApiError";
import type { BuilderStart } from "../builder/SegmentationBuilder";
import { RunDetail } from "./RunDetail";
import { SegmentationsTable } from "./SegmentationsTable";

type Props = {
  runId: string | undefined;
  segment: string | undefined;
  onSelect: (runId: string) => void;
  onSegment: (segment: string | undefined) => void;
  onStartFrom: ((start: BuilderStart) => void) | undefined;
};

/** The segmentations in force (the latest run of each name); the one chosen opens below. */
export function SegmentationsPanel({ runId, segment, onSelect, onSegment, onStartFrom }: Props) {
  const { t } = useTranslation();
  const latest = useSegmentations();
  const chosen = runId ?? latest.data?.[0]?.id;
  return (
    <Stack gap="md">
      {latest.isError ? <ApiError error={latest.error} /> : null}
      {latest.isPending ? <Skeleton h={160} /> : null}
      {latest.data && latest.data.length === 0 ? (
        <Paper withBorder p="xl" ta="center" data-testid="no-segmentations">
          <Text>{t("segmentation.runs.none")}</Text>
        </Paper>
      ) : null}
      {latest.data && latest.data.length > 0 ? (
        <Paper withBorder radius="md" p="xs">
          <SegmentationsTable
            runs={latest.data}
            selectedId={chosen}
            onSelect={(run) => onSelect(run.id)}
            testId="segmentation-list"
          />
        </Paper>
      ) : null}
      {chosen ? (
        <RunDetail
          runId={chosen}
          segment={segment}
          onSegment={onSegment}
          onSelectRun={onSelect}
          onStartFrom={onStartFrom}
        />
      ) : null}
    </Stack>
  );
}
