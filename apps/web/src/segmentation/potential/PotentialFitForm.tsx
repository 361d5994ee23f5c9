import { Button, Group, Paper, Stack, Text, TextInput } from "@mantine/core";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiProblem } from "../../api/api-fetch";
import { useFitPotential } from "../../api/use-segmentation";
import { useAppLocale } from "../../app/use-app-locale";
import { ApiError } from "../../comp/shared/ApiError";
import { toServerFieldErrors } from "../builder/server-field-errors";
import { defaultPotentialForm, type PotentialForm, readPotentialForm } from "./potential-form";

const fields = ["year", "holdoutShare", "seed", "headroomQuantile", "minIndustryCustomers"] as const;
// Shares and the quantile are typed in percent.
const percentFields: readonly string[] = ["holdoutShare", "headroomQuantile"];

/** Fits a new potential model (planners); it is in force as soon as it is stored. */
export function PotentialFitForm({ start }: { start: PotentialForm | undefined }) {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const fit = useFitPotential();
  const [form, setForm] = useState<PotentialForm>(start ?? defaultPotentialForm());
  const [server, setServer] = useState<Partial<Record<string, string>>>({});
  const { request, issues } = useMemo(() => readPotentialForm(form, locale), [form, locale]);
  const valid = Object.keys(issues).length === 0;
  const failure = fit.error;
  const placed =
    failure instanceof ApiProblem &&
    failure.status === 422 &&
    failure.errors.every((e) => fields.some((f) => e.path.endsWith(f)));
  return (
    <Paper withBorder radius="md" p="md" data-testid="potential-fit">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t("segmentation.potential.fitHelp")}
        </Text>
        <Group gap="md" align="flex-start" wrap="wrap">
          {fields.map((key) => {
            const issue = issues[key];
            return (
              <TextInput
                key={key}
                label={t(`segmentation.potential.fields.${key}`)}
                description={t(`segmentation.potential.fieldHelp.${key}`)}
                value={form[key]}
                inputMode="decimal"
                rightSection={percentFields.includes(key) ? "%" : undefined}
                w={190}
                error={server[key] ?? (issue ? t(`segmentation.potential.issues.${issue}`) : undefined)}
                onChange={(e) => {
                  const value = e.currentTarget.value;
                  setForm((f) => ({ ...f, [key]: value }));
                  setServer({});
                }}
                data-testid={`potential-${key}`}
              />
            );
          })}
        </Group>
        {failure && !placed ? <ApiError error={failure} /> : null}
        <Group>
          <Button
            disabled={!valid}
            loading={fit.isPending}
            onClick={() =>
              fit.mutate(request, {
                onError: (e) => {
                  if (e instanceof ApiProblem && e.status === 422) setServer(toServerFieldErrors(e.errors));
                },
              })
            }
            data-testid="fit-potential"
          >
            {t("segmentation.potential.fit")}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
