import {
  Alert,
  Button,
  Group,
  Modal,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiProblem } from "../../api/api-fetch";
import type { GridRow, Scenario } from "../../api/planning-types";
import { planningKey } from "../../api/use-planning";
import { useAppLocale } from "../../app/use-app-locale";
import { ApiError } from "../../comp/shared/ApiError";
import { formatMonth } from "../../format/format-date";
import { personOptions } from "./transfer-effects";
import {
  emptyTransferForm,
  readTransferForm,
  splitServerErrors,
  type TransferField,
  type TransferForm,
} from "./transfer-form";
import { TransfersStaleAlert } from "./TransfersStaleAlert";
import { useSaveTransfers } from "./use-save-transfers";

/**
 * "Move quota…": a share or a fixed annual amount of one person's quota to another from a month on, appended to the
 * scenario's transfers and saved with its assumptions (the allocation re-runs). Issues show once a field was left or
 * Save was tried; the server's 422 lands on the field it names.
 */
export function MoveQuotaModal({
  scenario,
  rows,
  onClose,
}: {
  scenario: Scenario;
  rows: readonly GridRow[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const client = useQueryClient();
  const save = useSaveTransfers(scenario);
  const [form, setForm] = useState<TransferForm>(emptyTransferForm);
  const [touched, setTouched] = useState<ReadonlySet<TransferField>>(new Set());
  const [tried, setTried] = useState(false);
  const people = useMemo(() => personOptions(rows), [rows]);
  // From the first month on nothing would stay with the giver: that is a change of the allocation, not a transfer.
  const months = scenario.months.slice(1);
  const { transfer, issues } = useMemo(
    () =>
      readTransferForm(form, {
        personNodeIds: new Set(people.map((p) => p.value)),
        months,
        locale,
      }),
    [form, people, months, locale],
  );
  const index = scenario.assumptions.transfers.length;
  const stale = save.error instanceof ApiProblem && save.error.status === 409;
  const server =
    save.error instanceof ApiProblem && !stale
      ? splitServerErrors(save.error.errors, index)
      : { fields: {}, general: [] };
  const serverFields: Partial<Record<TransferField, string>> = server.fields;

  const change = (patch: Partial<TransferForm>) => {
    if (save.isError && !stale) save.reset();
    setForm((f) => ({ ...f, ...patch }));
  };
  const leave = (field: TransferField) => setTouched((s) => new Set(s).add(field));
  const errorOf = (field: TransferField) => {
    const local = issues[field];
    if (local && (tried || touched.has(field))) return t(`planning.transfers.issues.${local}`);
    return serverFields[field];
  };

  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={<Text fw={700}>{t("planning.transfers.moveTitle")}</Text>}
      closeButtonProps={{ "aria-label": t("planning.close") }}
    >
      <form
        data-testid="move-quota-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setTried(true);
          if (!transfer || save.isPending) return;
          save.saveTransfers([...scenario.assumptions.transfers, transfer], onClose);
        }}
      >
        <Stack>
          <Group grow align="flex-start">
            <Select
              label={t("planning.transfers.from")}
              placeholder={t("planning.transfers.pickPerson")}
              required
              searchable
              data-autofocus
              data={people}
              value={form.fromNodeId}
              onChange={(fromNodeId) => change({ fromNodeId })}
              onBlur={() => leave("fromNodeId")}
              error={errorOf("fromNodeId")}
              nothingFoundMessage={t("planning.transfers.nobody")}
              data-testid="transfer-from-select"
            />
            <Select
              label={t("planning.transfers.to")}
              placeholder={t("planning.transfers.pickPerson")}
              required
              searchable
              data={people}
              value={form.toNodeId}
              onChange={(toNodeId) => change({ toNodeId })}
              onBlur={() => leave("toNodeId")}
              error={errorOf("toNodeId")}
              nothingFoundMessage={t("planning.transfers.nobody")}
              data-testid="transfer-to-select"
            />
          </Group>
          <Group grow align="flex-start">
            <Select
              label={t("planning.transfers.effectiveMonth")}
              description={t("planning.transfers.effectiveHint")}
              required
              data={months.map((m) => ({ value: m, label: formatMonth(m, locale, "long") }))}
              value={form.effectiveMonth}
              onChange={(effectiveMonth) => change({ effectiveMonth })}
              onBlur={() => leave("effectiveMonth")}
              error={errorOf("effectiveMonth")}
              data-testid="transfer-month-select"
            />
            <Stack gap={4}>
              <Text size="sm" fw={500} id="transfer-by-label">
                {t("planning.transfers.by")}
              </Text>
              <SegmentedControl
                aria-labelledby="transfer-by-label"
                value={form.by}
                onChange={(by) => change({ by: by === "amount" ? "amount" : "share", value: "" })}
                data={[
                  { value: "share", label: t("planning.transfers.byShare") },
                  { value: "amount", label: t("planning.transfers.byAmount") },
                ]}
                data-testid="transfer-by"
              />
            </Stack>
          </Group>
          <TextInput
            label={
              form.by === "share"
                ? t("planning.transfers.sharePercent")
                : t("planning.transfers.amountIn", { currency: scenario.currency })
            }
            description={
              form.by === "share" ? t("planning.transfers.shareHint") : t("planning.transfers.amountHint")
            }
            required
            inputMode="decimal"
            rightSection={form.by === "share" ? "%" : undefined}
            value={form.value}
            onChange={(e) => change({ value: e.currentTarget.value })}
            onBlur={() => leave("value")}
            error={errorOf("value")}
            data-testid="transfer-value"
          />
          <Textarea
            label={t("planning.transfers.reason")}
            placeholder={t("planning.transfers.reasonPlaceholder")}
            required
            autosize
            minRows={2}
            maxLength={500}
            value={form.reason}
            onChange={(e) => change({ reason: e.currentTarget.value })}
            onBlur={() => leave("reason")}
            error={errorOf("reason")}
            data-testid="transfer-reason"
          />
          <Text size="xs" c="dimmed">
            {t("planning.transfers.rerunNote")}
          </Text>
          {stale ? (
            <TransfersStaleAlert
              onReload={() => {
                save.reset();
                void client.invalidateQueries({ queryKey: planningKey });
              }}
            />
          ) : server.general.length > 0 ? (
            <Alert color="red" role="alert" data-testid="transfer-server-error">
              {server.general.join(" ")}
            </Alert>
          ) : save.isError && Object.keys(serverFields).length === 0 ? (
            <ApiError error={save.error} />
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("planning.cancel")}
            </Button>
            <Button type="submit" loading={save.isPending} disabled={stale} data-testid="transfer-save">
              {t("planning.transfers.save")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
