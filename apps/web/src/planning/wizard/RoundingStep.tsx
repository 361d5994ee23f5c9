import { SimpleGrid, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { type AssumptionsForm, type FormIssues, overAssignmentLevels } from "./assumptions-form";
import { WizardField } from "./WizardField";

type Props = {
  form: AssumptionsForm;
  issues: FormIssues;
  currency: string;
  onChange: (patch: Partial<AssumptionsForm>) => void;
};

/** Over-assignment per level (e.g. reps carry 110% of their team's quota) and the unit every quota rounds to. */
export function RoundingStep({ form, issues, currency, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t("planning.wizard.overAssignmentHint")}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        {overAssignmentLevels.map((level) => (
          <WizardField
            key={level}
            label={t(`planning.wizard.overAssignment.${level}`)}
            unit="%"
            value={form.overAssignment[level]}
            issue={issues[`overAssignment.${level}`]}
            onChange={(value) => onChange({ overAssignment: { ...form.overAssignment, [level]: value } })}
          />
        ))}
      </SimpleGrid>
      <WizardField
        label={t("planning.wizard.unit", { currency })}
        description={t("planning.wizard.unitHint")}
        value={form.unit}
        issue={issues.unit}
        onChange={(unit) => onChange({ unit })}
        w={280}
      />
    </Stack>
  );
}
