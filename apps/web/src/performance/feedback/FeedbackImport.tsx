import { Alert, Button, FileInput, Group, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { FeedbackImportReport } from "../../api/performance-types";
import { useImportFeedback } from "../../api/use-feedback";
import { ApiError } from "../../comp/shared/ApiError";

const accepted = ".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Import of customer feedback and complaints: a dry run first, the rejected rows by row and field, then the import. */
export function FeedbackImport() {
  const { t } = useTranslation();
  const run = useImportFeedback();
  const [file, setFile] = useState<File | null>(null);
  const [checked, setChecked] = useState<FeedbackImportReport | null>(null);
  const [imported, setImported] = useState<FeedbackImportReport | null>(null);
  const report = imported ?? checked;
  const valid = checked !== null && checked.status !== "rejected" && checked.errorCount === 0;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="feedback-import-title">
      <Stack>
        <Title order={3} size="h4" id="feedback-import-title">
          {t("performance.feedback.import.title")}
        </Title>
        <Text size="sm" c="dimmed">
          {t("performance.feedback.import.hint")}
        </Text>
        <Group align="flex-end">
          <FileInput
            w={320}
            label={t("performance.feedback.import.file")}
            accept={accepted}
            clearable
            value={file}
            onChange={(next) => {
              setFile(next);
              setChecked(null);
              setImported(null);
              run.reset();
            }}
          />
          <Button
            variant="default"
            disabled={!file}
            loading={run.isPending && run.variables?.dryRun}
            onClick={() =>
              file && run.mutate({ file, dryRun: true }, { onSuccess: (r) => setChecked(r.report) })
            }
          >
            {t("performance.feedback.import.check")}
          </Button>
          <Button
            disabled={!file || !valid || imported !== null}
            loading={run.isPending && run.variables?.dryRun === false}
            onClick={() =>
              file && run.mutate({ file, dryRun: false }, { onSuccess: (r) => setImported(r.report) })
            }
          >
            {t("performance.feedback.import.run")}
          </Button>
        </Group>
        {run.isError ? <ApiError error={run.error} /> : null}
        {report ? (
          <Alert
            color={report.status === "rejected" ? "red" : "teal"}
            role="status"
            data-testid="import-report"
          >
            {report.status === "rejected"
              ? t("performance.feedback.import.rejected", { count: report.rejected, total: report.rowsRead })
              : imported
                ? t("performance.feedback.import.done", { count: imported.inserted + imported.updated })
                : t("performance.feedback.import.ready", { count: report.rowsRead })}
          </Alert>
        ) : null}
        {report && report.errors.length > 0 ? (
          <Table aria-label={t("performance.feedback.import.rejectedRows")} data-testid="import-errors">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t("performance.feedback.import.row")}</Table.Th>
                <Table.Th>{t("performance.feedback.import.field")}</Table.Th>
                <Table.Th>{t("performance.feedback.import.message")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.errors.map((error) => (
                <Table.Tr key={`${error.row}|${error.column ?? ""}|${error.message}`}>
                  <Table.Td className="tabular">{error.row === 0 ? "—" : error.row}</Table.Td>
                  <Table.Td>{error.column ?? "—"}</Table.Td>
                  <Table.Td>{error.message}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : null}
      </Stack>
    </Paper>
  );
}
