import { Stepper } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { PeriodStatus } from "../../api/comp-types";
import { periodSteps } from "./period-actions";

/** open → calculated → in review → manager approved → approved → published → paid, the current step highlighted. */
export function PeriodStepper({ status }: { status: PeriodStatus }) {
  const { t } = useTranslation();
  const active = periodSteps.indexOf(status);
  return (
    <Stepper
      active={status === "paid" ? periodSteps.length : active}
      size="xs"
      allowNextStepsSelect={false}
      aria-label={t("comp.periods.stepperLabel", { status: t(`comp.status.${status}`) })}
      data-testid="period-stepper"
      data-status={status}
    >
      {periodSteps.map((step, index) => (
        <Stepper.Step
          key={step}
          label={t(`comp.status.${step}`)}
          aria-current={index === active ? "step" : undefined}
          allowStepClick={false}
          allowStepSelect={false}
        />
      ))}
    </Stepper>
  );
}
