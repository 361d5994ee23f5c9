import {
  Button,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type DisputeResolution, useResolveDispute } from "../../api/use-comp-statements";
import { isDecimalString } from "../../format/decimal-string";
import { ApiError } from "../shared/ApiError";

/** The comp admin's answer: accept (optionally with an adjustment: amount and reason) or reject, with a message. */
export function ResolveDisputeForm({ id }: { id: string }) {
  const { t } = useTranslation();
  const resolve = useResolveDispute(id);
  const [resolution, setResolution] = useState<DisputeResolution["resolution"]>("resolved");
  const [message, setMessage] = useState("");
  const [amount, setAmount] = useState("");
  const [reason, setReason] = useState("");
  const withAdjustment = resolution === "resolved" && amount.trim() !== "";
  const amountValid = !withAdjustment || (isDecimalString(amount.trim()) && Number(amount) !== 0);
  const valid = message.trim() !== "" && amountValid && (!withAdjustment || reason.trim() !== "");

  return (
    <Paper withBorder radius="md" p="md" data-testid="resolve-form">
      <Title order={3} size="h5" mb="xs">
        {t("comp.disputes.resolveTitle")}
      </Title>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!valid) return;
          resolve.mutate({
            resolution,
            message: message.trim(),
            ...(withAdjustment ? { adjustment: { amount: amount.trim(), reason: reason.trim() } } : {}),
          });
        }}
      >
        <Stack gap="xs">
          <SegmentedControl
            aria-label={t("comp.disputes.decision")}
            value={resolution}
            onChange={(value) => setResolution(value === "rejected" ? "rejected" : "resolved")}
            data={[
              { value: "resolved", label: t("comp.disputes.accept") },
              { value: "rejected", label: t("comp.disputes.reject") },
            ]}
          />
          <Textarea
            label={t("comp.disputes.answer")}
            required
            autosize
            minRows={2}
            value={message}
            onChange={(e) => setMessage(e.currentTarget.value)}
          />
          {resolution === "resolved" ? (
            <>
              <Text size="sm" c="dimmed">
                {t("comp.disputes.adjustmentHint")}
              </Text>
              <Group align="flex-start" gap="sm">
                <TextInput
                  label={t("comp.disputes.adjustmentAmount")}
                  w={180}
                  inputMode="decimal"
                  placeholder="150.00"
                  value={amount}
                  onChange={(e) => setAmount(e.currentTarget.value)}
                  error={!amountValid ? t("comp.adjustment.amountInvalid") : undefined}
                />
                <TextInput
                  label={t("comp.adjustment.reason")}
                  w={320}
                  required={withAdjustment}
                  value={reason}
                  onChange={(e) => setReason(e.currentTarget.value)}
                />
              </Group>
            </>
          ) : null}
          <Group justify="flex-end">
            <Button type="submit" disabled={!valid} loading={resolve.isPending}>
              {t("comp.disputes.resolve")}
            </Button>
          </Group>
          {resolve.isError ? <ApiError error={resolve.error} /> : null}
        </Stack>
      </form>
    </Paper>
  );
}
