import {
  Alert,
  Badge,
  Button,
  Group,
  NativeSelect,
  Pagination,
  Paper,
  Skeleton,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { FeedbackDto, FeedbackKind, FeedbackQuery } from "../../api/performance-types";
import { useFeedback, useResolveFeedback } from "../../api/use-feedback";
import { useAppLocale } from "../../app/use-app-locale";
import { useSignedInMe } from "../../app/use-signed-in-me";
import { ApiError } from "../../comp/shared/ApiError";
import { formatDate } from "../../format/format-date";
import { FeedbackFormModal } from "./FeedbackFormModal";
import { FeedbackImport } from "./FeedbackImport";
import { feedbackKinds } from "./feedback-options";

const importers = new Set(["admin", "comp_admin", "hr", "manager", "marketing"]);

/** Feedback of every kind: filters, the list, new entry, resolving complaints, and the import of customer feedback. */
export function FeedbackPage() {
  const { t } = useTranslation();
  const me = useSignedInMe();
  const [query, setQuery] = useState<FeedbackQuery>({ page: 1 });
  const feedback = useFeedback(query);
  const [creating, setCreating] = useState(false);
  const set = (patch: Partial<FeedbackQuery>) => setQuery((q) => ({ ...q, ...patch, page: patch.page ?? 1 }));
  const pages = feedback.data
    ? Math.max(1, Math.ceil(feedback.data.totalRows / Math.max(1, feedback.data.pageSize)))
    : 1;
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>{t("performance.feedback.title")}</Title>
        {me.role !== "viewer" ? (
          <Button onClick={() => setCreating(true)}>{t("performance.feedback.new")}</Button>
        ) : null}
      </Group>
      <Group align="flex-end">
        <NativeSelect
          label={t("performance.feedback.filter.kind")}
          value={query.kind ?? ""}
          onChange={(e) => set({ kind: (e.currentTarget.value || undefined) as FeedbackKind | undefined })}
          data={[
            { value: "", label: t("performance.feedback.filter.allKinds") },
            ...feedbackKinds.map((k) => ({ value: k, label: t(`performance.feedback.kind.${k}`) })),
          ]}
        />
        <NativeSelect
          label={t("performance.feedback.filter.status")}
          value={query.status ?? ""}
          onChange={(e) => set({ status: (e.currentTarget.value || undefined) as FeedbackQuery["status"] })}
          data={[
            { value: "", label: t("performance.feedback.filter.allStatuses") },
            { value: "open", label: t("performance.feedback.status.open") },
            { value: "resolved", label: t("performance.feedback.status.resolved") },
          ]}
        />
        <TextInput
          label={t("performance.feedback.filter.from")}
          type="date"
          value={query.from ?? ""}
          onChange={(e) => set({ from: e.currentTarget.value || undefined })}
        />
        <TextInput
          label={t("performance.feedback.filter.to")}
          type="date"
          value={query.to ?? ""}
          onChange={(e) => set({ to: e.currentTarget.value || undefined })}
        />
      </Group>
      {feedback.isError ? <ApiError error={feedback.error} /> : null}
      {feedback.isPending ? <Skeleton h={240} /> : null}
      {feedback.data ? (
        feedback.data.items.length === 0 ? (
          <Alert color="gray">{t("performance.feedback.none")}</Alert>
        ) : (
          <Paper withBorder>
            <FeedbackTable
              entries={feedback.data.items}
              canResolve={me.role !== "viewer" && me.role !== "rep"}
            />
          </Paper>
        )
      ) : null}
      {pages > 1 ? (
        <Pagination
          total={pages}
          value={query.page ?? 1}
          onChange={(page) => set({ page })}
          aria-label={t("performance.feedback.pages")}
        />
      ) : null}
      {importers.has(me.role) ? <FeedbackImport /> : null}
      {creating ? <FeedbackFormModal onClose={() => setCreating(false)} /> : null}
    </Stack>
  );
}

function FeedbackTable({ entries, canResolve }: { entries: FeedbackDto[]; canResolve: boolean }) {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const me = useSignedInMe();
  const resolve = useResolveFeedback();
  return (
    <Table.ScrollContainer minWidth={820}>
      {resolve.isError ? <ApiError error={resolve.error} /> : null}
      <Table striped data-testid="feedback-table" aria-label={t("performance.feedback.title")}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("performance.feedback.column.received")}</Table.Th>
            <Table.Th>{t("performance.feedback.column.kind")}</Table.Th>
            <Table.Th>{t("performance.feedback.column.subject")}</Table.Th>
            <Table.Th>{t("performance.feedback.column.category")}</Table.Th>
            <Table.Th>{t("performance.feedback.column.assessment")}</Table.Th>
            <Table.Th>{t("performance.feedback.column.status")}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => (
            <Table.Tr key={entry.id} data-testid="feedback-row" data-kind={entry.kind} data-id={entry.id}>
              <Table.Td>{formatDate(entry.receivedOn, locale)}</Table.Td>
              <Table.Td>{t(`performance.feedback.kind.${entry.kind}`)}</Table.Td>
              <Table.Th scope="row" fw={500}>
                <Text size="sm" fw={600}>
                  {entry.subject}
                </Text>
                {entry.body ? (
                  <Text size="xs" c="dimmed" lineClamp={2}>
                    {entry.body}
                  </Text>
                ) : null}
                {entry.account || entry.person ? (
                  <Text size="xs" c="dimmed">
                    {[entry.account?.name, entry.person?.name].filter(Boolean).join(" · ")}
                  </Text>
                ) : null}
              </Table.Th>
              <Table.Td>
                {entry.category
                  ? t(`performance.feedback.category.${entry.category}`, { defaultValue: entry.category })
                  : "—"}
              </Table.Td>
              <Table.Td>
                {entry.rating !== null
                  ? t("performance.feedback.ratingOf", { rating: entry.rating })
                  : entry.severity
                    ? t(`performance.feedback.severity.${entry.severity}`, { defaultValue: entry.severity })
                    : entry.sentiment
                      ? t(`performance.feedback.sentiment.${entry.sentiment}`)
                      : "—"}
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color={entry.status === "resolved" ? "teal" : "gray"}>
                  {t(`performance.feedback.status.${entry.status}`)}
                </Badge>
                {entry.resolvedOn ? (
                  <Text size="xs" c="dimmed">
                    {formatDate(entry.resolvedOn, locale)}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>
                {canResolve && entry.kind === "complaint" && entry.status === "open" ? (
                  <Button
                    size="compact-xs"
                    variant="default"
                    loading={resolve.isPending && resolve.variables?.id === entry.id}
                    onClick={() => resolve.mutate({ id: entry.id, resolvedOn: me.today })}
                    aria-label={t("performance.feedback.resolveNamed", { subject: entry.subject })}
                  >
                    {t("performance.feedback.resolve")}
                  </Button>
                ) : null}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
