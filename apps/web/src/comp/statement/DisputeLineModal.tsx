import { Button, Group, Modal, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { StatementLine } from "../../api/comp-types";
import { useOpenDispute } from "../../api/use-comp-statements";
import { ApiError } from "../shared/ApiError";

type Props = {
  line: StatementLine;
  amount: string;
  onClose: () => void;
  onOpened: (id: string) => void;
};

/** A rep questions one line of their statement: a subject and a message for the comp admin (mounted while shown). */
export function DisputeLineModal({ line, amount, onClose, onOpened }: Props) {
  const { t } = useTranslation();
  const open = useOpenDispute();
  const [subject, setSubject] = useState("");
  const [message, setMessage] = useState("");
  const valid = subject.trim() !== "" && message.trim() !== "";

  return (
    <Modal
      opened
      onClose={onClose}
      title={<Text fw={700}>{t("comp.statement.disputeTitle")}</Text>}
      closeButtonProps={{ "aria-label": t("comp.close") }}
      data-testid="dispute-modal"
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!valid) return;
          open.mutate(
            { resultLineId: line.id, subject: subject.trim(), message: message.trim() },
            {
              onSuccess: (dispute) => {
                setSubject("");
                setMessage("");
                onOpened(dispute.id);
              },
            },
          );
        }}
      >
        <Stack>
          <Text size="sm" c="dimmed">
            {t("comp.statement.disputeLine", { component: line.component, amount })}
          </Text>
          <TextInput
            label={t("comp.disputes.subject")}
            required
            value={subject}
            onChange={(e) => setSubject(e.currentTarget.value)}
          />
          <Textarea
            label={t("comp.disputes.message")}
            required
            autosize
            minRows={3}
            value={message}
            onChange={(e) => setMessage(e.currentTarget.value)}
          />
          {open.isError ? <ApiError error={open.error} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("comp.cancel")}
            </Button>
            <Button type="submit" disabled={!valid} loading={open.isPending}>
              {t("comp.statement.sendDispute")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
