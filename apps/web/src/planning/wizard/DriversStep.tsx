import { SimpleGrid, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { type AssumptionsForm, driverNames, type FormIssues } from "./assumptions-form";
import { WizardField } from "./WizardField";

type Props = {
  form: AssumptionsForm;
  issues: FormIssues;
  onChange: (patch: Partial<AssumptionsForm>) => void;
};

/** How much each driver (last year, potential, pipeline, ramped capacity) weighs in each node's share. */
export function DriversStep({ form, issues, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t("planning.wizard.driversHint")}
      </Text>
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        {driverNames.map((name) => (
          <WizardField
            key={name}
            label={t(`planning.wizard.drivers.${name}`)}
            unit="%"
            value={form.weights[name]}
            issue={issues[`weights.${name}`]}
            onChange={(value) => onChange({ weights: { ...form.weights, [name]: value } })}
          />
        ))}
      </SimpleGrid>
      {issues.weights ? (
        <Text size="sm" c="red" role="alert">
          {t(`planning.wizard.issues.${issues.weights}`)}
        </Text>
      ) : null}
    </Stack>
  );
}
