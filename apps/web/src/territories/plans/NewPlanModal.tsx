import { Button, Group, Modal, Radio, Stack, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { TerritoryPlan, TerritoryPlanSummary } from "../../api/territory-types";
import { useCreateTerritoryPlan } from "../../api/use-territories";
import { ApiError } from "../../comp/shared/ApiError";

type Props = {
  /** When set, the new plan is a copy of this one (territories, rules, owners, assignments). */
  copyOf: TerritoryPlanSummary | null;
  defaultEffectiveFrom: string;
  onClose: () => void;
  onCreated: (plan: TerritoryPlan) => void;
};

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** A new territory plan: a copy of another, or seeded from today's account ownership, or empty. */
export function NewPlanModal({ copyOf, defaultEffectiveFrom, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const create = useCreateTerritoryPlan();
  const [name, setName] = useState(copyOf ? t("territories.new.copyName", { name: copyOf.name }) : "");
  const [effectiveFrom, setEffectiveFrom] = useState(copyOf?.effectiveFrom ?? defaultEffectiveFrom);
  const [seed, setSeed] = useState<"ownership" | "empty">("ownership");
  const valid = name.trim() !== "" && isoDate.test(effectiveFrom);

  return (
    <Modal
      opened
      onClose={onClose}
      title={<Text fw={700}>{copyOf ? t("territories.new.copyTitle") : t("territories.new.title")}</Text>}
      closeButtonProps={{ "aria-label": t("territories.close") }}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!valid) return;
          create.mutate(
            { name: name.trim(), effectiveFrom, ...(copyOf ? { copyFrom: copyOf.id } : { seed }) },
            { onSuccess: onCreated },
          );
        }}
      >
        <Stack>
          <TextInput
            label={t("territories.new.name")}
            required
            data-autofocus
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
          {copyOf ? (
            <Text size="sm">{t("territories.new.copyOf", { name: copyOf.name })}</Text>
          ) : (
            <Radio.Group
              label={t("territories.new.seed")}
              value={seed}
              onChange={(value) => setSeed(value === "empty" ? "empty" : "ownership")}
            >
              <Stack gap="xs" mt={4}>
                <Radio
                  value="ownership"
                  label={t("territories.new.seedOwnership")}
                  description={t("territories.new.seedOwnershipHint")}
                />
                <Radio value="empty" label={t("territories.new.seedEmpty")} />
              </Stack>
            </Radio.Group>
          )}
          {create.isError ? <ApiError error={create.error} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("territories.cancel")}
            </Button>
            <Button type="submit" disabled={!valid} loading={create.isPending}>
              {t("territories.new.create")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
