import { Box, Button, Group, Paper, ScrollArea, Stack, Text, Textarea, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { KpiCatalogueResponse, KpiFormulaCheck } from "../../api/kpi-types";
import { useCheckKpiFormula } from "../../api/use-kpi-catalogue";

type Props = {
  value: string;
  onChange: (formula: string) => void;
  measures: KpiCatalogueResponse["measures"];
  /** The server's 422 on save, shown like a check error. */
  serverError?: string;
};

/** The formula field: checked by the server as the user types, the error under it with its range marked, and the measures to insert. */
export function FormulaEditor({ value, onChange, measures, serverError }: Props) {
  const { t } = useTranslation();
  const check = useCheckKpiFormula();
  const [debounced] = useDebouncedValue(value, 300);
  const [result, setResult] = useState<KpiFormulaCheck | null>(null);
  const [filter, setFilter] = useState("");
  const field = useRef<HTMLTextAreaElement>(null);
  const { mutate } = check;

  useEffect(() => {
    if (debounced.trim() === "") {
      setResult(null);
      return;
    }
    mutate(debounced, { onSuccess: setResult });
  }, [debounced, mutate]);

  const firstError = result && !result.ok ? result.errors[0] : undefined;
  const message = firstError?.message ?? serverError;
  const shown = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    return measures.filter((m) => !needle || `${m.key} ${m.label}`.toLowerCase().includes(needle));
  }, [filter, measures]);

  const insert = (key: string) => {
    const area = field.current;
    const start = area?.selectionStart ?? value.length;
    const end = area?.selectionEnd ?? value.length;
    onChange(`${value.slice(0, start)}${key}${value.slice(end)}`);
  };

  return (
    <Stack gap="xs">
      <Textarea
        ref={field}
        label={t("performance.kpis.form.formula")}
        description={t("performance.kpis.form.formulaHint")}
        required
        autosize
        minRows={2}
        ff="monospace"
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        error={message}
        data-testid="formula-field"
      />
      {firstError ? (
        <Box
          component="pre"
          m={0}
          ff="monospace"
          fz="sm"
          data-testid="formula-error-position"
          aria-label={t("performance.kpis.form.errorAt", {
            start: firstError.start + 1,
            end: firstError.end,
          })}
        >
          {value.slice(0, firstError.start)}
          <mark>{value.slice(firstError.start, Math.max(firstError.end, firstError.start + 1)) || " "}</mark>
          {value.slice(Math.max(firstError.end, firstError.start + 1))}
        </Box>
      ) : null}
      {result?.ok ? (
        <Text size="sm" c="teal" role="status" data-testid="formula-ok">
          {t("performance.kpis.form.formulaOk", { measures: result.measures.join(", ") })}
        </Text>
      ) : null}
      <Paper withBorder p="xs">
        <TextInput
          size="xs"
          label={t("performance.kpis.form.measures")}
          placeholder={t("performance.kpis.form.searchMeasures")}
          value={filter}
          onChange={(e) => setFilter(e.currentTarget.value)}
        />
        <ScrollArea h={140} mt="xs">
          <Group gap={4}>
            {shown.map((m) => (
              <Button
                key={m.key}
                size="compact-xs"
                variant="light"
                title={m.description}
                aria-label={t("performance.kpis.form.insert", { measure: m.label })}
                onClick={() => insert(m.key)}
              >
                {m.label}
              </Button>
            ))}
          </Group>
        </ScrollArea>
      </Paper>
    </Stack>
  );
}
