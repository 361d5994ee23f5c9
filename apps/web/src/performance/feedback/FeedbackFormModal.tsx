import {
  Button,
  Group,
  Modal,
  NativeSelect,
  Radio,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { FeedbackInput, FeedbackKind, FeedbackSentiment } from "../../api/performance-types";
import { useCreateFeedback } from "../../api/use-feedback";
import { useSignedInMe } from "../../app/use-signed-in-me";
import { ApiError } from "../../comp/shared/ApiError";
import { fieldErrors } from "../shared/field-errors";
import { complaintSeverities, feedbackCategories, feedbackChannels, feedbackKinds } from "./feedback-options";
import { RecordPicker } from "./RecordPicker";

const handled = [
  "kind",
  "leadId",
  "accountId",
  "receivedOn",
  "channel",
  "category",
  "sentiment",
  "rating",
  "severity",
  "subject",
  "body",
];

/** A new feedback entry: a rep on a lead or the process (sentiment), a customer's feedback (rating 1–5) or complaint (severity). */
export function FeedbackFormModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const create = useCreateFeedback();
  const [kind, setKind] = useState<FeedbackKind>(me.role === "rep" ? "lead_feedback" : "customer_feedback");
  const [leadId, setLeadId] = useState("");
  const [accountId, setAccountId] = useState("");
  const [receivedOn, setReceivedOn] = useState(me.today);
  const [channel, setChannel] = useState("app");
  const [category, setCategory] = useState(kind === "lead_feedback" ? "lead_quality" : "product");
  const [sentiment, setSentiment] = useState<FeedbackSentiment>("neutral");
  const [rating, setRating] = useState("4");
  const [severity, setSeverity] = useState("medium");
  const [subject, setSubject] = useState("");
  const [body, setBody] = useState("");
  const errors = fieldErrors(create.error);
  const fromRep = kind === "lead_feedback" || kind === "process_feedback";

  const input = (): FeedbackInput => ({
    kind,
    receivedOn,
    channel,
    category,
    subject: subject.trim(),
    body: body.trim(),
    ...(kind === "lead_feedback" && leadId ? { leadId } : {}),
    ...((kind === "customer_feedback" || kind === "complaint") && accountId ? { accountId } : {}),
    ...(fromRep ? { sentiment } : {}),
    ...(kind === "customer_feedback" ? { rating: Number(rating) } : {}),
    ...(kind === "complaint" ? { severity } : {}),
  });
  const title = t("performance.feedback.form.title");
  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={<Text fw={700}>{title}</Text>}
      closeButtonProps={{ "aria-label": t("performance.close") }}
    >
      <form
        aria-label={title}
        onSubmit={(event) => {
          event.preventDefault();
          create.mutate(input(), { onSuccess: onClose });
        }}
      >
        <Stack>
          <NativeSelect
            label={t("performance.feedback.form.kind")}
            value={kind}
            onChange={(e) => {
              const next = e.currentTarget.value as FeedbackKind;
              setKind(next);
              setCategory(
                next === "lead_feedback"
                  ? "lead_quality"
                  : next === "process_feedback"
                    ? "routing"
                    : "product",
              );
            }}
            data={feedbackKinds.map((k) => ({ value: k, label: t(`performance.feedback.kind.${k}`) }))}
            error={errors.kind}
          />
          {kind === "lead_feedback" ? (
            <RecordPicker kind="lead" required value={leadId} onChange={setLeadId} error={errors.leadId} />
          ) : null}
          {kind === "customer_feedback" || kind === "complaint" ? (
            <RecordPicker
              kind="account"
              required
              value={accountId}
              onChange={setAccountId}
              error={errors.accountId}
            />
          ) : null}
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput
              label={t("performance.feedback.form.receivedOn")}
              type="date"
              required
              value={receivedOn}
              onChange={(e) => setReceivedOn(e.currentTarget.value)}
              error={errors.receivedOn}
            />
            <NativeSelect
              label={t("performance.feedback.form.channel")}
              value={channel}
              onChange={(e) => setChannel(e.currentTarget.value)}
              data={feedbackChannels.map((c) => ({
                value: c,
                label: t(`performance.feedback.channel.${c}`),
              }))}
              error={errors.channel}
            />
            <NativeSelect
              label={t("performance.feedback.form.category")}
              value={category}
              onChange={(e) => setCategory(e.currentTarget.value)}
              data={feedbackCategories.map((c) => ({
                value: c,
                label: t(`performance.feedback.category.${c}`),
              }))}
              error={errors.category}
            />
          </SimpleGrid>
          {fromRep ? (
            <Radio.Group
              label={t("performance.feedback.form.sentiment")}
              value={sentiment}
              onChange={(v) => setSentiment(v as FeedbackSentiment)}
              error={errors.sentiment}
            >
              <Group mt={4}>
                {(["positive", "neutral", "negative"] as const).map((s) => (
                  <Radio key={s} value={s} label={t(`performance.feedback.sentiment.${s}`)} />
                ))}
              </Group>
            </Radio.Group>
          ) : null}
          {kind === "customer_feedback" ? (
            <Stack gap={4}>
              <Text size="sm" fw={500} id="rating-label">
                {t("performance.feedback.form.rating")}
              </Text>
              <SegmentedControl
                aria-labelledby="rating-label"
                w="fit-content"
                value={rating}
                onChange={setRating}
                data={["1", "2", "3", "4", "5"]}
              />
              {errors.rating ? (
                <Text size="xs" c="red">
                  {errors.rating}
                </Text>
              ) : null}
            </Stack>
          ) : null}
          {kind === "complaint" ? (
            <NativeSelect
              label={t("performance.feedback.form.severity")}
              value={severity}
              onChange={(e) => setSeverity(e.currentTarget.value)}
              data={complaintSeverities.map((s) => ({
                value: s,
                label: t(`performance.feedback.severity.${s}`),
              }))}
              error={errors.severity}
            />
          ) : null}
          <TextInput
            label={t("performance.feedback.form.subject")}
            required
            value={subject}
            onChange={(e) => setSubject(e.currentTarget.value)}
            error={errors.subject}
          />
          <Textarea
            label={t("performance.feedback.form.body")}
            autosize
            minRows={3}
            value={body}
            onChange={(e) => setBody(e.currentTarget.value)}
            error={errors.body}
          />
          {create.isError && !Object.keys(errors).some((k) => handled.includes(k)) ? (
            <ApiError error={create.error} />
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("performance.cancel")}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t("performance.save")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
