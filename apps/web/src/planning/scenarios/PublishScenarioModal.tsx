import { Alert, Button, Group, Modal, Stack, Text, Textarea } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Scenario, ScenarioSummary } from "../../api/planning-types";
import { usePublishScenario } from "../../api/use-planning";
import { ApiError } from "../../comp/shared/ApiError";
import { useMoney } from "../../comp/shared/use-money";

type Props = { scenario: ScenarioSummary; onClose: () => void; onPublished?: (published: Scenario) => void };

/**
 * Publishing replaces the plan of record: the planner confirms, then sees the version number it became. A refusal
 * (submissions not approved, a grid that does not reconcile, a newer revision) names what is in the way.
 */
export function PublishScenarioModal({ scenario, onClose, onPublished }: Props) {
  const { t } = useTranslation();
  const money = useMoney();
  const publish = usePublishScenario();
  const [note, setNote] = useState("");
  const published = publish.data;

  return (
    <Modal
      opened
      onClose={onClose}
      title={<Text fw={700}>{t("planning.publish.title", { name: scenario.name })}</Text>}
      closeButtonProps={{ "aria-label": t("planning.close") }}
      data-testid="publish-modal"
    >
      {published ? (
        <Stack>
          <Alert
            color="teal"
            title={t("planning.publish.done")}
            data-testid="published-version"
            data-version={published.version ?? ""}
          >
            {t("planning.publish.doneBody", { name: published.name, version: published.version ?? 0 })}
          </Alert>
          <Group justify="flex-end">
            <Button onClick={onClose}>{t("planning.close")}</Button>
          </Group>
        </Stack>
      ) : (
        <Stack>
          <Text size="sm">
            {t("planning.publish.confirm", {
              year: scenario.fiscalYear,
              quota: money(scenario.totalQuota, scenario.currency),
              people: scenario.people,
            })}
          </Text>
          <Textarea
            label={t("planning.publish.note")}
            autosize
            minRows={2}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
          />
          {publish.isError ? <ApiError error={publish.error} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("planning.cancel")}
            </Button>
            <Button
              color="teal"
              loading={publish.isPending}
              data-testid="confirm-publish"
              onClick={() =>
                publish.mutate(
                  { id: scenario.id, baseRevision: scenario.revision, note: note.trim() || undefined },
                  { onSuccess: (result) => onPublished?.(result) },
                )
              }
            >
              {t("planning.publish.confirmButton")}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
