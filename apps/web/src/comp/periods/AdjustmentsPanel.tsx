import { Button, Group, Paper, Select, Stack, Table, Text, TextInput, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { PeriodPayee } from "../../api/comp-types";
import { useAdjustments, useCreateAdjustment } from "../../api/use-comp-workflow";
import { useAppLocale } from "../../app/use-app-locale";
import { isDecimalString } from "../../format/decimal-string";
import { formatDate } from "../../format/format-date";
import { ApiError } from "../shared/ApiError";
import { useMoney } from "../shared/use-money";

type Props = { periodKey: string; payees: readonly PeriodPayee[]; canEdit: boolean };

/** The period's manual amounts (corrections, dispute resolutions) and, for comp admins, a form to add one. */
export function AdjustmentsPanel({ periodKey, payees, canEdit }: Props) {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const money = useMoney();
  const adjustments = useAdjustments(periodKey);
  const create = useCreateAdjustment();
  const [personId, setPersonId] = useState<string | null>(null);
  const [amount, setAmount] = useState("");
  const [reason, setReason] = useState("");
  const payee = payees.find((p) => p.personId === personId);
  const nameOf = (id: string) => payees.find((p) => p.personId === id)?.name ?? id;
  const amountValid = isDecimalString(amount.trim()) && Number(amount) !== 0;
  const valid = payee !== undefined && amountValid && reason.trim() !== "";

  return (
    <Paper withBorder radius="md" p="md">
      <Title order={2} size="h4" mb="sm">
        {t("comp.adjustments")}
      </Title>
      {adjustments.isError ? <ApiError error={adjustments.error} /> : null}
      {adjustments.data && adjustments.data.length > 0 ? (
        <Table data-testid="adjustments-table" mb="md">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t("comp.payee")}</Table.Th>
              <Table.Th scope="col">{t("comp.adjustment.reason")}</Table.Th>
              <Table.Th scope="col">{t("comp.adjustment.kind")}</Table.Th>
              <Table.Th scope="col">{t("comp.date")}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t("comp.amount")}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {adjustments.data.map((a) => (
              <Table.Tr key={a.id} data-amount={a.amount}>
                <Table.Td>{nameOf(a.personId)}</Table.Td>
                <Table.Td>{a.reason}</Table.Td>
                <Table.Td>{t(`comp.adjustment.kinds.${a.kind}`)}</Table.Td>
                <Table.Td className="num" ta="left">
                  {formatDate(a.createdAt.slice(0, 10), locale)}
                </Table.Td>
                <Table.Td className="num">{money(a.amount, a.currency)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : (
        <Text c="dimmed" size="sm" mb="md">
          {t("comp.adjustment.none")}
        </Text>
      )}
      {canEdit ? (
        <form
          aria-label={t("comp.adjustment.add")}
          onSubmit={(event) => {
            event.preventDefault();
            if (!valid || !payee) return;
            create.mutate(
              {
                personId: payee.personId,
                periodKey,
                amount: amount.trim(),
                currency: payee.currency,
                reason: reason.trim(),
              },
              {
                onSuccess: () => {
                  setAmount("");
                  setReason("");
                },
              },
            );
          }}
        >
          <Stack gap="xs">
            <Group align="flex-end" gap="sm" wrap="wrap">
              <Select
                label={t("comp.payee")}
                searchable
                required
                w={260}
                value={personId}
                onChange={setPersonId}
                data={payees.map((p) => ({ value: p.personId, label: p.name }))}
              />
              <TextInput
                label={t("comp.adjustment.amount", { currency: payee?.currency ?? "" })}
                required
                w={160}
                inputMode="decimal"
                placeholder="-125.50"
                value={amount}
                onChange={(e) => setAmount(e.currentTarget.value)}
                error={amount !== "" && !amountValid ? t("comp.adjustment.amountInvalid") : undefined}
              />
              <TextInput
                label={t("comp.adjustment.reason")}
                required
                w={320}
                value={reason}
                onChange={(e) => setReason(e.currentTarget.value)}
              />
              <Button type="submit" disabled={!valid} loading={create.isPending}>
                {t("comp.adjustment.add")}
              </Button>
            </Group>
            {create.isError ? <ApiError error={create.error} /> : null}
          </Stack>
        </form>
      ) : null}
    </Paper>
  );
}
