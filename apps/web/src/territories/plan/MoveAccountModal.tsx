import { Button, Checkbox, Group, Modal, Select, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { PlanAccount, TerritoryPlan } from "../../api/territory-types";
import { useMoveAccounts } from "../../api/use-territories";
import { ApiError } from "../../comp/shared/ApiError";
import { leafPrimaryTerritories } from "./build-territory-tree";

type Props = { plan: TerritoryPlan; account: PlanAccount; onClose: () => void };

/** A manual move of one account to another leaf territory, optionally locked against the optimiser. */
export function MoveAccountModal({ plan, account, onClose }: Props) {
  const { t } = useTranslation();
  const move = useMoveAccounts(plan.id);
  const [target, setTarget] = useState<string | null>(null);
  const [locked, setLocked] = useState(account.locked);
  const options = leafPrimaryTerritories(plan.territories)
    .filter((x) => x.id !== account.territoryId)
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((x) => ({ value: x.id, label: `${x.name} (${x.key})` }));
  return (
    <Modal
      opened
      onClose={onClose}
      title={<Text fw={700}>{t("territories.move.title", { name: account.name })}</Text>}
      closeButtonProps={{ "aria-label": t("territories.close") }}
      data-testid="move-modal"
    >
      <Stack>
        <Select
          label={t("territories.move.to")}
          data={options}
          searchable
          value={target}
          onChange={setTarget}
          data-testid="move-target"
        />
        <Checkbox
          label={t("territories.move.lock")}
          checked={locked}
          onChange={(e) => setLocked(e.currentTarget.checked)}
        />
        {move.isError ? <ApiError error={move.error} /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("territories.cancel")}
          </Button>
          <Button
            disabled={!target}
            loading={move.isPending}
            data-testid="confirm-move"
            onClick={() =>
              target &&
              move.mutate(
                {
                  baseRevision: plan.revision,
                  moves: [{ accountId: account.accountId, territoryId: target, locked }],
                },
                { onSuccess: onClose },
              )
            }
          >
            {t("territories.move.confirm")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
