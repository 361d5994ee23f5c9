import { Button, Group, Stack, Textarea } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { CompPeriodDetail } from "../../api/comp-types";
import { usePeriodAction } from "../../api/use-comp-workflow";
import { useSignedInMe } from "../../app/use-signed-in-me";
import { ApiError } from "../shared/ApiError";
import { allowedPeriodActions, type PeriodActionId, pendingManagerApprovals } from "./period-actions";

/** The workflow buttons the signed-in role may press in the period's status, with an optional note. */
export function PeriodActions({ period }: { period: CompPeriodDetail }) {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const act = usePeriodAction(period.periodKey);
  const [note, setNote] = useState("");
  const pending = pendingManagerApprovals(period.payees, me.role, me.person?.id ?? null);
  const actions = allowedPeriodActions(period.status, me.role, pending.length);
  if (actions.length === 0) return null;

  const run = (id: PeriodActionId) => {
    const trimmed = note.trim() || undefined;
    const request =
      id === "submit"
        ? { action: "submit" as const }
        : id === "approveManager"
          ? { action: "approve" as const, step: "manager" as const, note: trimmed }
          : id === "approveFinance"
            ? { action: "approve" as const, step: "finance" as const, note: trimmed }
            : id === "reject"
              ? { action: "reject" as const, note: trimmed ?? "" }
              : id === "publish"
                ? { action: "publish" as const }
                : { action: "mark-paid" as const };
    act.mutate(request, { onSuccess: () => setNote("") });
  };

  return (
    <Stack gap="xs" data-testid="period-actions">
      <Textarea
        label={t("comp.periods.note")}
        description={actions.includes("reject") ? t("comp.periods.noteHint") : undefined}
        autosize
        minRows={1}
        maw={560}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
      />
      <Group gap="xs">
        {actions.map((id) => (
          <Button
            key={id}
            color={id === "reject" ? "red" : undefined}
            variant={id === "reject" ? "light" : "filled"}
            disabled={(id === "reject" && note.trim() === "") || act.isPending}
            loading={act.isPending && act.variables !== undefined && labelOf(act.variables) === id}
            onClick={() => run(id)}
            data-action={id}
          >
            {t(`comp.periods.actions.${id}`, { count: pending.length })}
          </Button>
        ))}
      </Group>
      {act.isError ? <ApiError error={act.error} /> : null}
    </Stack>
  );
}

function labelOf(request: { action: string; step?: string }): PeriodActionId {
  if (request.action === "approve") return request.step === "finance" ? "approveFinance" : "approveManager";
  if (request.action === "mark-paid") return "markPaid";
  if (request.action === "submit" || request.action === "reject" || request.action === "publish")
    return request.action;
  return "submit";
}
