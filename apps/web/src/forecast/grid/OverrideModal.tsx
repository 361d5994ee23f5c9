import { Button, Group, Modal, Select, Stack, Text, Textarea } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiProblem } from "../../api/api-fetch";
import type { ForecastGrid, ForecastMotion, GridRow } from "../../api/forecast-types";
import { useSubmitForecast } from "../../api/use-forecasts";
import { useAppLocale } from "../../app/use-app-locale";
import { ApiError } from "../../comp/shared/ApiError";
import { useMoney } from "../../comp/shared/use-money";
import { buildSubmission, type CallFormError, type CallInputs, emptyCallInputs } from "./call-form";
import { CallFields } from "./CallFields";

type Props = { grid: ForecastGrid; row: GridRow; onClose: () => void };

/** A manager's number for a report, with the reason; the report's own call is kept and shown. */
export function OverrideModal({ grid, row, onClose }: Props) {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const money = useMoney();
  const submit = useSubmitForecast(grid.period.id);
  const [inputs, setInputs] = useState<CallInputs>(emptyCallInputs);
  const [motion, setMotion] = useState<ForecastMotion>(grid.motion === "all" ? "new_business" : grid.motion);
  const [note, setNote] = useState("");
  const [errors, setErrors] = useState<CallFormError[]>([]);
  const serverErrors = submit.error instanceof ApiProblem ? submit.error.errors : [];
  const noteError = errors.some((e) => e.field === "note")
    ? t("forecast.call.noteRequired")
    : serverErrors.find((e) => e.path === "note")?.message;

  const send = () => {
    const result = buildSubmission(inputs, { motion, locale, note, subjectId: row.personId });
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors([]);
    submit.mutate(result.body, { onSuccess: onClose });
  };

  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={<Text fw={700}>{t("forecast.overrideModal.title", { name: row.name })}</Text>}
      closeButtonProps={{ "aria-label": t("forecast.overrideModal.close") }}
      data-testid="override-modal"
    >
      <Stack>
        <Text size="sm" c="dimmed">
          {t("forecast.overrideModal.intro")}
        </Text>
        {grid.motion === "all" ? (
          <Select
            label={t("forecast.call.motion")}
            description={t("forecast.call.motionHint")}
            allowDeselect={false}
            value={motion}
            data={[
              { value: "new_business", label: t("forecast.filters.motions.new_business") },
              { value: "expansion_renewal", label: t("forecast.filters.motions.expansion_renewal") },
            ]}
            onChange={(value) => value && setMotion(value === "expansion_renewal" ? value : "new_business")}
            data-testid="override-motion"
          />
        ) : null}
        <CallFields
          inputs={inputs}
          onChange={setInputs}
          errors={errors}
          serverErrors={serverErrors}
          testIdPrefix="override"
          columns={2}
          describe={(category) => {
            const call = row.cells[category].call;
            return t("forecast.overrideModal.theirCall", {
              amount: call === null ? t("forecast.grid.noCall") : money(call, grid.currency),
            });
          }}
        />
        <Textarea
          label={t("forecast.overrideModal.note")}
          required
          autosize
          minRows={2}
          value={note}
          error={noteError}
          onChange={(e) => setNote(e.currentTarget.value)}
          data-testid="override-note"
        />
        {errors.some((e) => e.field === "calls") ? (
          <Text size="sm" c="red" role="alert">
            {t("forecast.call.empty")}
          </Text>
        ) : null}
        {submit.isError ? <ApiError error={submit.error} testId="override-error" /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t("forecast.overrideModal.cancel")}
          </Button>
          <Button onClick={send} loading={submit.isPending} data-testid="override-submit">
            {t("forecast.overrideModal.submit")}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
