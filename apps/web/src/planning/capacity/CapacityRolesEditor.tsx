import { Alert, Button, Group, Paper, Select, Stack, Text, Title } from "@mantine/core";
import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Scenario } from "../../api/planning-types";
import { useAppLocale } from "../../app/use-app-locale";
import { ApiError } from "../../comp/shared/ApiError";
import { CapacityRoleFields } from "./CapacityRoleFields";
import {
  addableRoles,
  type CapacityRoleForm,
  capacityRolesOf,
  newCapacityRole,
  QUOTA_ROLE,
  readRoleForms,
  toRoleForm,
} from "./capacity-role-form";
import { useSaveCapacityRoles } from "./use-save-capacity-roles";
import { useRoleName } from "./use-role-name";

/**
 * The roles the capacity plan staffs and their assumptions: add or remove a supporting role, edit any role, save.
 * When the stored roles change (saved here or elsewhere), the fields start again from them.
 */
export function CapacityRolesEditor({ scenario, writable }: { scenario: Scenario; writable: boolean }) {
  const { t } = useTranslation();
  const locale = useAppLocale();
  const roleName = useRoleName();
  const save = useSaveCapacityRoles(scenario.id);
  const stored = useMemo(() => capacityRolesOf(scenario.assumptions).map(toRoleForm), [scenario.assumptions]);
  const [forms, setForms] = useState<CapacityRoleForm[]>(stored);
  const [adding, setAdding] = useState<string | null>(null);
  useEffect(() => setForms(stored), [stored]);
  const { roles, issues } = useMemo(() => readRoleForms(forms, locale), [forms, locale]);
  const present = new Set(forms.map((f) => f.role));
  const canAdd = addableRoles.filter((role) => !present.has(role));
  const coverable = forms.filter((f) => f.driver !== "coverage").map((f) => f.role);
  const hasIssues = Object.keys(issues).length > 0;
  const changed = JSON.stringify(forms) !== JSON.stringify(stored);

  const update = (index: number, patch: Partial<CapacityRoleForm>) =>
    setForms((all) => all.map((f, i) => (i === index ? { ...f, ...patch } : f)));
  // Whoever covered a removed (or no longer coverable) role covers the AEs instead.
  const remove = (index: number) =>
    setForms((all) => {
      const gone = all[index]?.role;
      return all
        .filter((_, i) => i !== index)
        .map((f) => (f.coverageOf === gone ? { ...f, coverageOf: QUOTA_ROLE } : f));
    });
  const add = (role: string) => {
    setForms((all) => [...all, toRoleForm(newCapacityRole(role))]);
    setAdding(null);
  };

  return (
    <Paper withBorder p="md" radius="md" data-testid="capacity-roles-editor">
      <Title order={2} size="h4" mb={4}>
        {t("planning.capacity.editorTitle")}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t("planning.capacity.editorHint")}
      </Text>
      <Stack gap="sm">
        {forms.map((form, index) => (
          <CapacityRoleFields
            key={form.role}
            form={form}
            index={index}
            issues={issues}
            coverable={coverable.filter((role) => role !== form.role)}
            currency={scenario.currency}
            readOnly={!writable}
            onChange={(patch) => update(index, patch)}
            onRemove={() => remove(index)}
          />
        ))}
        {save.isError ? <ApiError error={save.error} /> : null}
        {save.isSuccess && !changed ? (
          <Alert color={save.data.reallocated ? "orange" : "teal"} role="status">
            {save.data.reallocated ? t("planning.capacity.savedReallocated") : t("planning.capacity.saved")}
          </Alert>
        ) : null}
        {writable ? (
          <Group justify="space-between">
            <Group gap="xs">
              <Select
                aria-label={t("planning.capacity.addRole")}
                placeholder={t("planning.capacity.addRole")}
                data={canAdd.map((role) => ({ value: role, label: roleName(role) }))}
                value={adding}
                onChange={(value) => value && add(value)}
                disabled={canAdd.length === 0}
                data-testid="capacity-add-role"
              />
            </Group>
            <Group gap="xs">
              <Button variant="default" disabled={!changed} onClick={() => setForms(stored)}>
                {t("planning.capacity.undo")}
              </Button>
              <Button
                disabled={!changed || hasIssues}
                loading={save.isPending}
                data-testid="capacity-save-roles"
                onClick={() => save.mutate({ baseRevision: scenario.revision, roles })}
              >
                {t("planning.capacity.saveRoles")}
              </Button>
            </Group>
          </Group>
        ) : (
          <Text size="sm" c="dimmed">
            {t("planning.wizard.readOnly")}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
