import { Button, Group, SegmentedControl, SimpleGrid, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { AssumptionsForm, FormIssues } from "./assumptions-form";
import { WizardField } from "./WizardField";

type Props = {
  form: AssumptionsForm;
  issues: FormIssues;
  onChange: (patch: Partial<AssumptionsForm>) => void;
};

/** New hires ramp month by month (share of a full quota); mid-period joiners and leavers prorate by months or days. */
export function PeopleStep({ form, issues, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <div>
        <Text size="sm" fw={500} id="proration-rule">
          {t("planning.wizard.proration")}
        </Text>
        <SegmentedControl
          aria-labelledby="proration-rule"
          value={form.proration}
          onChange={(value) => onChange({ proration: value === "days" ? "days" : "months" })}
          data={[
            { value: "months", label: t("planning.wizard.prorationMonths") },
            { value: "days", label: t("planning.wizard.prorationDays") },
          ]}
        />
        <Text size="xs" c="dimmed" mt={4}>
          {t("planning.wizard.prorationHint")}
        </Text>
      </div>
      <div>
        <Text size="sm" fw={500}>
          {t("planning.wizard.ramp")}
        </Text>
        <Text size="xs" c="dimmed">
          {t("planning.wizard.rampHint")}
        </Text>
      </div>
      <SimpleGrid cols={{ base: 3, sm: 6 }} spacing="xs">
        {form.ramp.map((share, i) => (
          <WizardField
            // Ramp months are positions: the index is the identity.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            key={i}
            label={t("planning.wizard.rampMonth", { month: i + 1 })}
            unit="%"
            value={share}
            issue={issues[`ramp.${i}`]}
            onChange={(value) => onChange({ ramp: form.ramp.map((s, j) => (j === i ? value : s)) })}
          />
        ))}
      </SimpleGrid>
      <Group gap="xs">
        <Button
          size="xs"
          variant="light"
          onClick={() => onChange({ ramp: [...form.ramp, "100"] })}
          disabled={form.ramp.length >= 36}
        >
          {t("planning.wizard.rampAdd")}
        </Button>
        <Button
          size="xs"
          variant="subtle"
          color="red"
          onClick={() => onChange({ ramp: form.ramp.slice(0, -1) })}
          disabled={form.ramp.length <= 1}
        >
          {t("planning.wizard.rampRemove")}
        </Button>
      </Group>
      {issues.ramp ? (
        <Text size="sm" c="red" role="alert">
          {t(`planning.wizard.issues.${issues.ramp}`)}
        </Text>
      ) : null}
    </Stack>
  );
}
