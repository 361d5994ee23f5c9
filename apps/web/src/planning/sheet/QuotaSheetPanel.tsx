import { Alert, Anchor, Button, FileInput, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiProblem } from "../../api/api-fetch";
import type { Scenario } from "../../api/planning-types";
import { usePatchGrid } from "../../api/use-planning-grid";
import { quotaSheetUrl, useQuotaSheetPreview } from "../../api/use-planning-sheet";
import { ApiError } from "../../comp/shared/ApiError";
import { QuotaSheetChanges } from "./QuotaSheetChanges";

/**
 * The quota sheet a manager edits offline: download it, upload the edited file, read what it would change (and
 * what is wrong with it, by row and field), then apply exactly those changes against the revision it was read at.
 */
export function QuotaSheetPanel({ scenario }: { scenario: Scenario }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const preview = useQuotaSheetPreview(scenario.id);
  const apply = usePatchGrid(scenario.id);
  const writable = scenario.status === "draft";
  const result = preview.data;
  const stale = apply.error instanceof ApiProblem && apply.error.status === 409;

  return (
    <Stack gap="md">
      <Paper withBorder p="md" radius="md">
        <Title order={2} size="h4" mb={4}>
          {t("planning.sheet.exportTitle")}
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          {t("planning.sheet.exportHint")}
        </Text>
        <Button
          component="a"
          href={quotaSheetUrl(scenario.id)}
          download
          variant="light"
          data-testid="sheet-download"
        >
          {t("planning.sheet.download")}
        </Button>
      </Paper>
      {writable ? (
        <Paper withBorder p="md" radius="md">
          <Title order={2} size="h4" mb={4}>
            {t("planning.sheet.importTitle")}
          </Title>
          <Group align="flex-end">
            <FileInput
              label={t("planning.sheet.file")}
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              value={file}
              onChange={(next) => {
                setFile(next);
                preview.reset();
                apply.reset();
              }}
              clearable
              w={360}
              data-testid="sheet-file"
            />
            <Button disabled={!file} loading={preview.isPending} onClick={() => file && preview.mutate(file)}>
              {t("planning.sheet.check")}
            </Button>
          </Group>
          {preview.isError ? <ApiError error={preview.error} /> : null}
          {result ? (
            <Stack mt="md" gap="sm">
              <QuotaSheetChanges preview={result} currency={scenario.currency} />
              {apply.isSuccess ? (
                <Alert color="teal" data-testid="sheet-applied">
                  {t("planning.sheet.applied", { count: result.changes.length })}
                </Alert>
              ) : stale ? (
                <Alert color="orange" title={t("planning.grid.staleTitle")} role="alert">
                  {t("planning.sheet.stale", { revision: result.baseRevision })}
                </Alert>
              ) : apply.isError ? (
                <ApiError error={apply.error} />
              ) : null}
              <Group>
                <Button
                  color="teal"
                  disabled={
                    result.errors.length > 0 ||
                    result.changes.length === 0 ||
                    result.baseRevision === null ||
                    apply.isSuccess
                  }
                  loading={apply.isPending}
                  onClick={() =>
                    result.baseRevision !== null &&
                    apply.mutate({ baseRevision: result.baseRevision, changes: result.changes })
                  }
                  data-testid="sheet-apply"
                >
                  {t("planning.sheet.apply", { count: result.changes.length })}
                </Button>
                {result.errors.length > 0 ? (
                  <Text size="sm" c="red">
                    {t("planning.sheet.fixFirst")}
                  </Text>
                ) : null}
              </Group>
            </Stack>
          ) : null}
        </Paper>
      ) : (
        <Text size="sm" c="dimmed">
          {t("planning.sheet.readOnly")}{" "}
          <Anchor href={quotaSheetUrl(scenario.id)}>{t("planning.sheet.download")}</Anchor>
        </Text>
      )}
    </Stack>
  );
}
