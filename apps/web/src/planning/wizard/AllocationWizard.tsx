import { Alert, Button, Group, Paper, Stack, Stepper, Text } from "@mantine/core";
import { useQueryClient } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiProblem } from "../../api/api-fetch";
import type { Scenario } from "../../api/planning-types";
import { planningKey, useAllocationPreview, useSaveAssumptions } from "../../api/use-planning";
import { useGrid } from "../../api/use-planning-grid";
import { useAppLocale } from "../../app/use-app-locale";
import { useSignedInMe } from "../../app/use-signed-in-me";
import { ApiError } from "../../comp/shared/ApiError";
import { isPlanner } from "../shared/planning-roles";
import {
  type AssumptionsForm,
  readAssumptionsForm,
  stepHasIssues,
  toAssumptionsForm,
} from "./assumptions-form";
import { DriversStep } from "./DriversStep";
import { PeopleStep } from "./PeopleStep";
import { PreviewStep } from "./PreviewStep";
import { RoundingStep } from "./RoundingStep";
import { TargetStep } from "./TargetStep";

const steps = ["target", "drivers", "rounding", "people", "preview"] as const;
const previewStep = steps.length - 1;

/**
 * The allocation's assumptions step by step: target and seasonality, driver weights, over-assignment and rounding,
 * people rules; then a preview computed by the server (nothing stored) and Apply, which saves the assumptions and
 * re-runs the allocation (locked nodes keep their amounts).
 */
export function AllocationWizard({ scenario, onApplied }: { scenario: Scenario; onApplied: () => void }) {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const me = useSignedInMe();
  const client = useQueryClient();
  const [form, setForm] = useState<AssumptionsForm>(() => toAssumptionsForm(scenario.assumptions));
  const [active, setActive] = useState(0);
  const current = useGrid(scenario.id);
  const preview = useAllocationPreview(scenario.id);
  const save = useSaveAssumptions(scenario.id);
  const { assumptions, issues } = useMemo(
    () => readAssumptionsForm(form, scenario.assumptions, locale),
    [form, scenario.assumptions, locale],
  );
  const writable = scenario.status === "draft" && isPlanner(me.role);
  const blocked = active < previewStep && stepHasIssues(issues, active);
  const stale = save.error instanceof ApiProblem && save.error.status === 409;
  const change = (patch: Partial<AssumptionsForm>) => setForm((f) => ({ ...f, ...patch }));
  const goTo = (step: number) => {
    // A step can be reached only through valid earlier steps.
    for (let s = 0; s < Math.min(step, previewStep); s += 1)
      if (stepHasIssues(issues, s)) return setActive(s);
    setActive(step);
    if (step === previewStep) preview.mutate(assumptions);
  };

  return (
    <Paper withBorder radius="md" p="md" data-testid="allocation-wizard" data-step={steps[active]}>
      <Stepper active={active} onStepClick={goTo} size="sm" aria-label={t("planning.wizard.title")}>
        {steps.map((step) => (
          <Stepper.Step
            key={step}
            label={t(`planning.wizard.steps.${step}`)}
            aria-label={t(`planning.wizard.steps.${step}`)}
          >
            <Stack pt="md">
              {step === "target" ? (
                <TargetStep
                  form={form}
                  issues={issues}
                  months={scenario.months}
                  currency={scenario.currency}
                  onChange={change}
                />
              ) : step === "drivers" ? (
                <DriversStep form={form} issues={issues} onChange={change} />
              ) : step === "rounding" ? (
                <RoundingStep form={form} issues={issues} currency={scenario.currency} onChange={change} />
              ) : step === "people" ? (
                <PeopleStep form={form} issues={issues} onChange={change} />
              ) : (
                <PreviewStep
                  current={current.data}
                  preview={preview.data}
                  error={preview.error}
                  currency={scenario.currency}
                />
              )}
            </Stack>
          </Stepper.Step>
        ))}
      </Stepper>
      {stale ? (
        <Alert color="orange" title={t("planning.grid.staleTitle")} role="alert" mt="md">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t("planning.wizard.staleBody")}</Text>
            <Button
              size="xs"
              onClick={() => {
                save.reset();
                void client.invalidateQueries({ queryKey: planningKey });
              }}
            >
              {t("planning.grid.reload")}
            </Button>
          </Stack>
        </Alert>
      ) : save.isError ? (
        <ApiError error={save.error} />
      ) : null}
      {!writable ? (
        <Text size="sm" c="dimmed" mt="md">
          {t("planning.wizard.readOnly")}
        </Text>
      ) : null}
      <Group justify="space-between" mt="lg">
        <Button
          variant="default"
          disabled={active === 0}
          onClick={() => setActive((s) => Math.max(0, s - 1))}
        >
          {t("planning.wizard.back")}
        </Button>
        {active < previewStep ? (
          <Button disabled={blocked} onClick={() => goTo(active + 1)} data-testid="wizard-next">
            {active === previewStep - 1 ? t("planning.wizard.preview") : t("planning.wizard.next")}
          </Button>
        ) : (
          <Button
            color="teal"
            disabled={!writable || !preview.data}
            loading={save.isPending}
            data-testid="wizard-apply"
            onClick={() =>
              save.mutate({ baseRevision: scenario.revision, assumptions }, { onSuccess: onApplied })
            }
          >
            {t("planning.wizard.apply")}
          </Button>
        )}
      </Group>
    </Paper>
  );
}
