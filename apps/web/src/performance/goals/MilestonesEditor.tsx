import { ActionIcon, Button, Stack, Table, Text, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { GoalFormState } from "./goal-form-state";

type Props = {
  milestones: GoalFormState["milestones"];
  onChange: (milestones: GoalFormState["milestones"]) => void;
  targetLabel: string;
  errors: Record<string, string>;
};

/** The intermediate targets of a goal, one row each; the server's message shown on the field it names. */
export function MilestonesEditor({ milestones, onChange, targetLabel, errors }: Props) {
  const { t } = useTranslation();
  const update = (index: number, patch: Partial<GoalFormState["milestones"][number]>) =>
    onChange(milestones.map((m, i) => (i === index ? { ...m, ...patch } : m)));
  return (
    <Stack gap="xs">
      <Text fw={500} size="sm" id="milestones-heading">
        {t("performance.goals.form.milestones")}
      </Text>
      {milestones.length > 0 ? (
        <Table aria-labelledby="milestones-heading">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t("performance.goals.form.milestoneLabel")}</Table.Th>
              <Table.Th>{t("performance.goals.form.milestoneDue")}</Table.Th>
              <Table.Th>{targetLabel}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {milestones.map((m, index) => {
              const n = index + 1;
              return (
                // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity until saved
                <Table.Tr key={index}>
                  <Table.Td>
                    <TextInput
                      size="xs"
                      aria-label={t("performance.goals.form.milestoneLabelN", { n })}
                      value={m.label}
                      onChange={(e) => update(index, { label: e.currentTarget.value })}
                      error={errors[`milestones.${index}.label`]}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      size="xs"
                      type="date"
                      aria-label={t("performance.goals.form.milestoneDueN", { n })}
                      value={m.dueOn}
                      onChange={(e) => update(index, { dueOn: e.currentTarget.value })}
                      error={errors[`milestones.${index}.dueOn`] ?? errors[`milestones.${index}`]}
                    />
                  </Table.Td>
                  <Table.Td>
                    <TextInput
                      size="xs"
                      inputMode="decimal"
                      aria-label={t("performance.goals.form.milestoneTargetN", { n })}
                      value={m.target}
                      onChange={(e) => update(index, { target: e.currentTarget.value })}
                      error={errors[`milestones.${index}.target`]}
                    />
                  </Table.Td>
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t("performance.goals.form.removeMilestone", { n })}
                      onClick={() => onChange(milestones.filter((_, i) => i !== index))}
                    >
                      ×
                    </ActionIcon>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      ) : null}
      {errors.milestones && !Object.keys(errors).some((k) => k.startsWith("milestones.")) ? (
        <Text size="xs" c="red">
          {errors.milestones}
        </Text>
      ) : null}
      <Button
        size="xs"
        variant="default"
        w="fit-content"
        onClick={() => onChange([...milestones, { label: "", dueOn: "", target: "" }])}
      >
        {t("performance.goals.form.addMilestone")}
      </Button>
    </Stack>
  );
}
