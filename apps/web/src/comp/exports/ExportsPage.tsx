import { Button, Group, Paper, Select, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { useMutation } from "@tanstack/react-query";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { toQueryString } from "../../api/api-fetch";
import type { ExportPreset, PeriodStatus } from "../../api/comp-types";
import { ApiError } from "../shared/ApiError";
import { PeriodSelect } from "../shared/PeriodSelect";
import { useMoney } from "../shared/use-money";
import { usePagePeriod } from "../shared/use-page-period";
import { type CsvExport, fetchCsvExport, saveFile } from "./fetch-csv-export";
import type { ExportLayout } from "./read-control-totals";

const presets: readonly ExportPreset[] = ["generic", "adp", "sage"];
const payrollStatuses: readonly PeriodStatus[] = ["approved", "published", "paid"];

/** Payroll (per preset) and accrual CSV files of a period, with the control total the server computed. */
export function ExportsPage() {
  const { t } = useTranslation();
  const { periodKey = "", known, periods, search } = usePagePeriod();
  const [preset, setPreset] = useState<ExportPreset>("generic");
  const status = periods.data?.find((p) => p.periodKey === periodKey)?.status ?? "open";
  // The server writes a payroll file only for an approved, published or paid period (else 409): say so up front.
  const payrollReady = payrollStatuses.includes(status);

  return (
    <Stack gap="md" maw={1280} mx="auto">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">
            {t("comp.exports.title")}
          </Title>
          <Text c="dimmed" size="sm">
            {t("comp.exports.subtitle")}
          </Text>
        </div>
        <PeriodSelect
          value={periodKey || undefined}
          known={known}
          onChange={(key) => search.set({ period: key })}
        />
      </Group>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <ExportCard
          kind="payroll"
          layout={preset}
          path={`/api/comp/exports/payroll${toQueryString({ periodKey, preset })}`}
          fileName={`payroll-${periodKey}-${preset}.csv`}
          resetKey={`${periodKey}|${preset}`}
          waiting={periodKey === "" || periods.isPending}
          blocked={
            payrollReady || periods.isPending
              ? undefined
              : t("comp.exports.payrollNotReady", { status: t(`comp.status.${status}`) })
          }
        >
          <Select
            label={t("comp.exports.preset")}
            w={220}
            allowDeselect={false}
            value={preset}
            onChange={(value) => {
              const next = presets.find((p) => p === value);
              if (next) setPreset(next);
            }}
            data={presets.map((p) => ({ value: p, label: t(`comp.exports.presets.${p}`) }))}
          />
        </ExportCard>
        <ExportCard
          kind="accrual"
          layout="accrual"
          path={`/api/comp/exports/accrual${toQueryString({ periodKey })}`}
          fileName={`accrual-${periodKey}.csv`}
          resetKey={periodKey}
          waiting={periodKey === ""}
        />
      </SimpleGrid>
    </Stack>
  );
}

type CardProps = {
  kind: "payroll" | "accrual";
  layout: ExportLayout;
  path: string;
  fileName: string;
  resetKey: string;
  /** Why the file cannot be downloaded yet (the button is disabled and this is shown). */
  blocked?: string;
  /** The period is not known yet. */
  waiting: boolean;
  children?: ReactNode;
};

function ExportCard({ kind, layout, path, fileName, resetKey, blocked, waiting, children }: CardProps) {
  const { t } = useTranslation();
  const money = useMoney();
  const download = useMutation({
    mutationKey: ["comp", "export", kind],
    mutationFn: () => fetchCsvExport(path, fileName, layout),
  });
  const [shown, setShown] = useState<{ key: string; file: CsvExport } | null>(null);
  const file = shown?.key === resetKey ? shown.file : null;

  return (
    <Paper withBorder radius="md" p="md" data-testid={`export-${kind}`}>
      <Title order={2} size="h4" mb="xs">
        {t(`comp.exports.${kind}`)}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t(`comp.exports.${kind}Hint`)}
      </Text>
      <Group align="flex-end" gap="sm">
        {children}
        <Button
          loading={download.isPending}
          disabled={blocked !== undefined || waiting}
          aria-describedby={blocked ? `${kind}-blocked` : undefined}
          onClick={() =>
            download.mutate(undefined, {
              onSuccess: (result) => {
                setShown({ key: resetKey, file: result });
                saveFile(result);
              },
            })
          }
          data-testid={`download-${kind}`}
        >
          {t("comp.exports.download")}
        </Button>
      </Group>
      {blocked ? (
        <Text size="sm" c="dimmed" mt="xs" id={`${kind}-blocked`} data-testid={`${kind}-blocked`}>
          {blocked}
        </Text>
      ) : null}
      {download.isError ? <ApiError error={download.error} /> : null}
      {file ? (
        <Stack gap={2} mt="sm" role="status" data-testid={`${kind}-controls`}>
          <Text size="sm">{t("comp.exports.downloaded", { file: file.fileName })}</Text>
          {file.controls.map((control) => (
            <Text
              key={control.currency}
              fw={600}
              data-testid={`${kind}-control-total`}
              data-amount={control.total}
              data-currency={control.currency}
            >
              {t("comp.exports.controlTotal", {
                amount: money(control.total, control.currency),
                rows: control.rowCount,
                file: file.fileName,
              })}
            </Text>
          ))}
        </Stack>
      ) : null}
    </Paper>
  );
}
