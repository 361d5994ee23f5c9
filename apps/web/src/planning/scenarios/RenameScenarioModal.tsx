import { Button, Group, Modal, Stack, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ScenarioSummary } from "../../api/planning-types";
import { useRenameScenario } from "../../api/use-planning";
import { ApiError } from "../../comp/shared/ApiError";

export function RenameScenarioModal({
  scenario,
  onClose,
}: {
  scenario: ScenarioSummary;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const rename = useRenameScenario();
  const [name, setName] = useState(scenario.name);
  const valid = name.trim() !== "" && name.trim() !== scenario.name;
  return (
    <Modal
      opened
      onClose={onClose}
      title={<Text fw={700}>{t("planning.rename.title")}</Text>}
      closeButtonProps={{ "aria-label": t("planning.close") }}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (valid) rename.mutate({ id: scenario.id, name: name.trim() }, { onSuccess: onClose });
        }}
      >
        <Stack>
          <TextInput
            label={t("planning.new.name")}
            required
            data-autofocus
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
          />
          {rename.isError ? <ApiError error={rename.error} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("planning.cancel")}
            </Button>
            <Button type="submit" disabled={!valid} loading={rename.isPending}>
              {t("planning.rename.save")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
