import { Button, Group, Modal, Stack, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { TerritoryPlan } from "../../api/territory-types";
import { useUpdateTerritoryPlan } from "../../api/use-territories";
import { ApiError } from "../../comp/shared/ApiError";

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** A draft's name and effective date (the day its moves take effect when published). */
export function EditPlanModal({ plan, onClose }: { plan: TerritoryPlan; onClose: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateTerritoryPlan(plan.id);
  const [name, setName] = useState(plan.name);
  const [effectiveFrom, setEffectiveFrom] = useState(plan.effectiveFrom);
  const valid = name.trim() !== "" && isoDate.test(effectiveFrom);
  return (
    <Modal
      opened
      onClose={onClose}
      title={<Text fw={700}>{t("territories.edit.title")}</Text>}
      closeButtonProps={{ "aria-label": t("territories.close") }}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!valid) return;
          update.mutate(
            { baseRevision: plan.revision, name: name.trim(), effectiveFrom },
            { onSuccess: onClose },
          );
        }}
      >
        <Stack>
          <TextInput
            label={t("territories.new.name")}
            required
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
          />
          <TextInput
            label={t("territories.new.effectiveFrom")}
            description={t("territories.new.effectiveFromHint")}
            required
            type="date"
            value={effectiveFrom}
            onChange={(e) => setEffectiveFrom(e.currentTarget.value)}
          />
          {update.isError ? <ApiError error={update.error} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("territories.cancel")}
            </Button>
            <Button type="submit" disabled={!valid} loading={update.isPending}>
              {t("territories.edit.save")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
