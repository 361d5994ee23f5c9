import { Button, Group, Paper, Select, Stack, Text, TextInput, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiProblem } from "../../api/api-fetch";
import type { ForecastGrid, ForecastMotion } from "../../api/forecast-types";
import { useSubmitForecast } from "../../api/use-forecasts";
import { useAppLocale } from "../../app/use-app-locale";
import { ApiError } from "../../comp/shared/ApiError";
import {
  buildSubmission,
  type CallFormError,
  type CallInputs,
  callInputsFrom,
  emptyCallInputs,
} from "./call-form";
import { CallFields } from "./CallFields";

/** `ownPersonId`: the caller's person, so a closed period still shows their own (disabled) call form. */
type Props = { grid: ForecastGrid; ownPersonId: string | null };

const ownCalls = (grid: ForecastGrid): CallInputs =>
  // Under "all" the cells hold both motions' sums, which cannot be re-submitted as one motion's call.
  grid.motion === "all"
    ? emptyCallInputs
    : callInputsFrom({
        commit: grid.node.cells.commit.call,
        best_case: grid.node.cells.best_case.call,
        pipeline: grid.node.cells.pipeline.call,
        omitted: grid.node.cells.omitted.call,
      });

/** The node's own call, editable by the node's person while the period is open. */
export function OwnCallForm({ grid, ownPersonId }: Props) {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const submit = useSubmitForecast(grid.period.id);
  const [inputs, setInputs] = useState<CallInputs>(() => ownCalls(grid));
  const [motion, setMotion] = useState<ForecastMotion>(grid.motion === "all" ? "new_business" : grid.motion);
  const [note, setNote] = useState("");
  const [errors, setErrors] = useState<CallFormError[]>([]);
  const closed = grid.period.status === "closed";

  const mine = grid.node.personId === ownPersonId;

  if (!grid.editable.ownCall && !(closed && mine)) {
    return (
      <Text size="sm" c="dimmed" data-testid="own-call-readonly">
        {t("forecast.call.notEditable", { name: grid.node.name })}
      </Text>
    );
  }

  const send = () => {
    const result = buildSubmission(inputs, { motion, locale, note });
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors([]);
    submit.mutate(result.body, { onSuccess: () => setNote("") });
  };
  const serverErrors = submit.error instanceof ApiProblem ? submit.error.errors : [];

  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="section"
      aria-labelledby="own-call-title"
      data-testid="own-call"
    >
      <Stack gap="sm">
        <div>
          <Title order={2} size="h4" id="own-call-title">
            {t("forecast.call.title", { period: grid.period.label })}
          </Title>
          <Text size="sm" c="dimmed">
            {t("forecast.call.intro")}
          </Text>
        </div>
        {grid.motion === "all" ? (
          <Select
            label={t("forecast.call.motion")}
            description={t("forecast.call.motionHint")}
            w={280}
            allowDeselect={false}
            value={motion}
            disabled={closed}
            data={[
              { value: "new_business", label: t("forecast.filters.motions.new_business") },
              { value: "expansion_renewal", label: t("forecast.filters.motions.expansion_renewal") },
            ]}
            onChange={(value) => value && setMotion(value === "expansion_renewal" ? value : "new_business")}
            data-testid="own-call-motion"
          />
        ) : null}
        <CallFields
          inputs={inputs}
          onChange={setInputs}
          errors={errors}
          serverErrors={serverErrors}
          disabled={closed}
          testIdPrefix="own-call"
        />
        <TextInput
          label={t("forecast.call.note")}
          value={note}
          disabled={closed}
          onChange={(e) => setNote(e.currentTarget.value)}
          data-testid="own-call-note"
        />
        {errors.some((e) => e.field === "calls") ? (
          <Text size="sm" c="red" role="alert">
            {t("forecast.call.empty")}
          </Text>
        ) : null}
        {submit.isError ? <ApiError error={submit.error} testId="own-call-error" /> : null}
        {submit.isSuccess ? (
          <Text size="sm" c="teal" role="status" data-testid="own-call-saved">
            {t("forecast.call.submitted")}
          </Text>
        ) : null}
        <Group justify="flex-end">
          <Button onClick={send} loading={submit.isPending} disabled={closed} data-testid="own-call-submit">
            {t("forecast.call.submit")}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
