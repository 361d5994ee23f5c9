import { Badge, Button, Group, Paper, Skeleton, Stack, Text, Textarea, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useDispute, useDisputeMessage } from "../../api/use-comp-statements";
import { useAppLocale } from "../../app/use-app-locale";
import { useSignedInMe } from "../../app/use-signed-in-me";
import { ApiError } from "../shared/ApiError";
import { formatPeriodKey } from "../shared/period-keys";
import { useMoney } from "../shared/use-money";
import { ResolveDisputeForm } from "./ResolveDisputeForm";

export const disputeColor = {
  open: "orange",
  answered: "indigo",
  resolved: "teal",
  rejected: "gray",
} as const;

/** One dispute: its messages, a reply box, and (comp admins) the resolution with an optional adjustment. */
export function DisputeThread({ id }: { id: string }) {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const me = useSignedInMe();
  const money = useMoney();
  const dispute = useDispute(id);
  const reply = useDisputeMessage(id);
  const [body, setBody] = useState("");
  const when = new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", {
    dateStyle: "medium",
    timeStyle: "short",
  });

  if (dispute.isError) return <ApiError error={dispute.error} />;
  if (!dispute.data) return <Skeleton h={240} />;
  const d = dispute.data;
  const closed = d.status === "resolved" || d.status === "rejected";
  const isAdmin = me.role === "admin" || me.role === "comp_admin";
  // The server takes messages from the payee and comp admins only (a manager reads their team's disputes).
  const canReply = !closed && (isAdmin || me.person?.id === d.personId);

  return (
    <Stack gap="sm" data-testid="dispute-thread" data-status={d.status}>
      <Group justify="space-between">
        <div>
          <Title order={2} size="h4">
            {d.subject}
          </Title>
          {d.line ? (
            <Text size="sm" data-testid="dispute-line">
              {t("comp.disputes.lineAbout", {
                component: d.line.component,
                amount: money(d.line.amount, d.adjustment?.currency ?? me.workspace.reportingCurrency),
              })}
            </Text>
          ) : null}
          <Text size="sm" c="dimmed">
            {t("comp.disputes.about", { name: d.personName, period: formatPeriodKey(d.periodKey, locale) })}
          </Text>
        </div>
        <Badge color={disputeColor[d.status]} variant="light" tt="none" data-testid="dispute-status">
          {t(`comp.disputes.status.${d.status}`)}
        </Badge>
      </Group>
      <Stack gap="xs" role="log" aria-label={t("comp.disputes.messages")}>
        {d.messages.map((m) => (
          <Paper key={m.id} withBorder p="sm" radius="md" bg={m.authorId === me.id ? "indigo.0" : undefined}>
            <Text size="xs" c="dimmed">
              {m.authorName} · {when.format(new Date(m.createdAt))}
            </Text>
            <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
              {m.body}
            </Text>
          </Paper>
        ))}
      </Stack>
      {d.adjustment ? (
        <Text size="sm" data-testid="dispute-adjustment" data-amount={d.adjustment.amount}>
          {t("comp.disputes.adjusted", {
            amount: money(d.adjustment.amount, d.adjustment.currency),
            period: formatPeriodKey(d.adjustment.periodKey, locale),
            reason: d.adjustment.reason,
          })}
        </Text>
      ) : null}
      {canReply ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (body.trim() === "") return;
            reply.mutate(body.trim(), { onSuccess: () => setBody("") });
          }}
        >
          <Stack gap="xs">
            <Textarea
              label={t("comp.disputes.reply")}
              autosize
              minRows={2}
              value={body}
              onChange={(e) => setBody(e.currentTarget.value)}
            />
            <Group justify="flex-end">
              <Button type="submit" variant="light" disabled={body.trim() === ""} loading={reply.isPending}>
                {t("comp.disputes.send")}
              </Button>
            </Group>
            {reply.isError ? <ApiError error={reply.error} /> : null}
          </Stack>
        </form>
      ) : null}
      {!closed && isAdmin ? <ResolveDisputeForm id={id} /> : null}
    </Stack>
  );
}
