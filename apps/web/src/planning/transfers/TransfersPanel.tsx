import { Button, Group, Paper, Skeleton, Stack, Text, Title } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiProblem } from "../../api/api-fetch";
import type { Scenario } from "../../api/planning-types";
import { planningKey } from "../../api/use-planning";
import { useGrid } from "../../api/use-planning-grid";
import { useSignedInMe } from "../../app/use-signed-in-me";
import { ApiError } from "../../comp/shared/ApiError";
import { isPlanner } from "../shared/planning-roles";
import { MoveQuotaModal } from "./MoveQuotaModal";
import { TransferTable } from "./TransferTable";
import { TransfersStaleAlert } from "./TransfersStaleAlert";
import { useSaveTransfers } from "./use-save-transfers";
import { useTransferPreviews } from "./use-transfer-previews";

/**
 * Quota moving with a territory or an account mid-year: the scenario's transfers, "Move quota…" and Remove. Both
 * save the assumptions (planners, drafts only); the server re-runs the allocation, then applies the transfers in order.
 */
export function TransfersPanel({ scenario }: { scenario: Scenario }) {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const client = useQueryClient();
  const grid = useGrid(scenario.id);
  const planner = isPlanner(me.role);
  const writable = planner && scenario.status === "draft";
  const previews = useTransferPreviews(scenario, planner);
  const remove = useSaveTransfers(scenario);
  const [removing, setRemoving] = useState<number | null>(null);
  const [moving, setMoving] = useState(false);
  const transfers = scenario.assumptions.transfers;
  const stale = remove.error instanceof ApiProblem && remove.error.status === 409;

  if (grid.isError) return <ApiError error={grid.error} />;
  if (!grid.data) return <Skeleton h={240} />;

  return (
    <Stack gap="sm" data-testid="transfers-panel" data-count={transfers.length}>
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <div>
          <Title order={2} size="h4">
            {t("planning.transfers.title")}
          </Title>
          <Text size="sm" c="dimmed" maw={760}>
            {t("planning.transfers.intro")}
          </Text>
        </div>
        {writable ? (
          <Button onClick={() => setMoving(true)} disabled={stale} data-testid="move-quota">
            {t("planning.transfers.move")}
          </Button>
        ) : null}
      </Group>
      {!writable ? (
        <Text size="sm" c="dimmed" data-testid="transfers-read-only">
          {scenario.status !== "draft"
            ? t("planning.transfers.readOnlyStatus")
            : t("planning.transfers.readOnlyRole")}
        </Text>
      ) : null}
      {stale ? (
        <TransfersStaleAlert
          onReload={() => {
            remove.reset();
            void client.invalidateQueries({ queryKey: planningKey });
          }}
        />
      ) : remove.isError ? (
        <ApiError error={remove.error} testId="transfers-error" />
      ) : null}
      {transfers.length === 0 ? (
        <Paper withBorder radius="md" p="lg">
          <Text c="dimmed" ta="center" data-testid="transfers-empty">
            {t("planning.transfers.empty")}
          </Text>
        </Paper>
      ) : (
        <TransferTable
          transfers={transfers}
          grid={grid.data}
          previews={previews}
          currency={scenario.currency}
          removable={writable && !stale}
          removing={remove.isPending ? removing : null}
          onRemove={(index) => {
            setRemoving(index);
            remove.saveTransfers(transfers.filter((_, i) => i !== index));
          }}
        />
      )}
      {moving ? (
        <MoveQuotaModal scenario={scenario} rows={grid.data.rows} onClose={() => setMoving(false)} />
      ) : null}
    </Stack>
  );
}
