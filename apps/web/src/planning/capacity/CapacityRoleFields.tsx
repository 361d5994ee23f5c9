import {
  Button,
  Group,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from "@mantine/core";
import { useTranslation } from "react-i18next";
import { type CapacityRoleForm, QUOTA_ROLE, type RoleFormIssues } from "./capacity-role-form";
import { useRoleName } from "./use-role-name";

type Props = {
  form: CapacityRoleForm;
  index: number;
  issues: RoleFormIssues;
  /** Roles this one may cover: planned by quota or overlay, other than itself. */
  coverable: string[];
  currency: string;
  readOnly: boolean;
  onChange: (patch: Partial<CapacityRoleForm>) => void;
  onRemove: () => void;
};

/** One role's assumptions as typed: how it is staffed (productivity or coverage ratio), ramp, attrition, lead time, utilisation. */
export function CapacityRoleFields({
  form,
  index,
  issues,
  coverable,
  currency,
  readOnly,
  onChange,
  onRemove,
}: Props) {
  const { t } = useTranslation();
  const roleName = useRoleName();
  const isQuota = form.role === QUOTA_ROLE;
  const issue = (field: string) => {
    const reason = issues[`${index}.${field}`];
    return reason ? t(`planning.capacity.issues.${reason}`) : undefined;
  };
  const field = (
    name: keyof CapacityRoleForm & string,
    label: string,
    unit?: string,
    description?: string,
  ) => (
    <TextInput
      label={label}
      description={description}
      value={String(form[name])}
      inputMode="decimal"
      rightSection={unit}
      disabled={readOnly}
      error={issue(name)}
      onChange={(e) => onChange({ [name]: e.currentTarget.value })}
      styles={{ input: { textAlign: "right", fontVariantNumeric: "tabular-nums" } }}
    />
  );
  return (
    <Paper withBorder p="sm" radius="md" data-testid={`capacity-role-${form.role}`}>
      <Stack gap="xs">
        <Group justify="space-between">
          <Text fw={600}>{roleName(form.role)}</Text>
          {isQuota ? (
            <Text size="xs" c="dimmed">
              {t("planning.capacity.driverSummary.quota")}
            </Text>
          ) : (
            <Group gap="xs">
              <SegmentedControl
                size="xs"
                disabled={readOnly}
                aria-label={t("planning.capacity.driverLabel", { role: roleName(form.role) })}
                value={form.driver}
                onChange={(value) => onChange({ driver: value === "overlay" ? "overlay" : "coverage" })}
                data={[
                  { value: "coverage", label: t("planning.capacity.drivers.coverage") },
                  { value: "overlay", label: t("planning.capacity.drivers.overlay") },
                ]}
              />
              <Button size="xs" variant="subtle" color="red" disabled={readOnly} onClick={onRemove}>
                {t("planning.capacity.removeRole")}
              </Button>
            </Group>
          )}
        </Group>
        {issue("role") ? (
          <Text size="sm" c="red" role="alert">
            {issue("role")}
          </Text>
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }} spacing="xs">
          {form.driver === "coverage" ? (
            <>
              <Select
                label={t("planning.capacity.covers")}
                disabled={readOnly}
                value={form.coverageOf}
                allowDeselect={false}
                data={coverable.map((role) => ({ value: role, label: roleName(role) }))}
                onChange={(value) => value && onChange({ coverageOf: value })}
              />
              {field(
                "ratio",
                t("planning.capacity.ratio"),
                undefined,
                t("planning.capacity.ratioHint", {
                  role: roleName(form.role),
                  of: roleName(form.coverageOf),
                }),
              )}
            </>
          ) : (
            field(
              "productivity",
              t("planning.capacity.productivity"),
              currency,
              t("planning.capacity.productivityHint"),
            )
          )}
          {field("attrition", t("planning.capacity.attrition"), "%")}
          {field("utilisation", t("planning.capacity.utilisation"), "%")}
          {field("hiringLeadMonths", t("planning.capacity.leadMonths"))}
        </SimpleGrid>
        {isQuota ? (
          <Text size="xs" c="dimmed">
            {t("planning.capacity.quotaRampHint")}
          </Text>
        ) : (
          <RampFields form={form} index={index} issue={issue} readOnly={readOnly} onChange={onChange} />
        )}
      </Stack>
    </Paper>
  );
}

function RampFields({
  form,
  issue,
  readOnly,
  onChange,
}: Pick<Props, "form" | "index" | "readOnly" | "onChange"> & {
  issue: (field: string) => string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {t("planning.wizard.ramp")}
      </Text>
      {form.ramp.length === 0 ? (
        <Text size="xs" c="dimmed">
          {t("planning.capacity.scenarioRamp")}
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 3, sm: 6 }} spacing="xs">
          {form.ramp.map((share, k) => (
            <TextInput
              // Ramp months are positions: the index is the identity.
              // biome-ignore lint/suspicious/noArrayIndexKey: see above
              key={k}
              label={t("planning.wizard.rampMonth", { month: k + 1 })}
              value={share}
              inputMode="decimal"
              rightSection="%"
              disabled={readOnly}
              error={issue(`ramp.${k}`)}
              onChange={(e) => {
                const value = e.currentTarget.value;
                onChange({ ramp: form.ramp.map((s, j) => (j === k ? value : s)) });
              }}
              styles={{ input: { textAlign: "right", fontVariantNumeric: "tabular-nums" } }}
            />
          ))}
        </SimpleGrid>
      )}
      <Group gap="xs">
        <Button
          size="xs"
          variant="light"
          disabled={readOnly || form.ramp.length >= 36}
          onClick={() => onChange({ ramp: [...form.ramp, "100"] })}
        >
          {t("planning.wizard.rampAdd")}
        </Button>
        <Button
          size="xs"
          variant="subtle"
          color="red"
          disabled={readOnly || form.ramp.length === 0}
          onClick={() => onChange({ ramp: form.ramp.slice(0, -1) })}
        >
          {t("planning.wizard.rampRemove")}
        </Button>
      </Group>
    </Stack>
  );
}
