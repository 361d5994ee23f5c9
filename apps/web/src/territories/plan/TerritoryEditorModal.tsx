import { Alert, Button, Divider, Group, Modal, Select, Stack, Text, TextInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiProblem } from "../../api/api-fetch";
import type { Territory, TerritoryPlan } from "../../api/territory-types";
import { useSaveTerritories } from "../../api/use-territories";
import { ApiError } from "../../comp/shared/ApiError";
import { NamedAccountsField } from "./NamedAccountsField";
import { OwnerFields } from "./OwnerFields";
import { RuleFields } from "./RuleFields";
import {
  emptyRule,
  errorsForTerritory,
  fieldError,
  hierarchyWithEdit,
  type TerritoryForm,
  territoryToForm,
  validateTerritoryForm,
} from "./territory-form";

type Props = { plan: TerritoryPlan; territory: Territory | null; onClose: () => void };

const LEVELS = ["region", "area", "territory"] as const;
const CODES = new Set(["required", "notANumber", "notAWholeNumber"]);

function blankForm(plan: TerritoryPlan): TerritoryForm {
  return {
    key: "",
    name: "",
    parentKey: null,
    level: "territory",
    kind: "primary",
    priority: "0",
    rules: [{ ...emptyRule }],
    namedAccountIds: [],
    baseLatitude: "",
    baseLongitude: "",
    targetShare: "",
    maxAccounts: "",
    maxWorkload: "",
    owners: [{ personId: "", role: "primary", validFrom: plan.effectiveFrom, validTo: "" }],
  };
}

/**
 * A territory's rules, named accounts, owners, base, target share and capacities. Saving replaces the plan's
 * hierarchy with this one row changed (the API's PUT); a 422 comes back by path and lands on the field it names.
 */
export function TerritoryEditorModal({ plan, territory, onClose }: Props) {
  const { t } = useTranslation();
  const save = useSaveTerritories(plan.id);
  const keyOf = new Map(plan.territories.map((x) => [x.id, x.key]));
  const [form, setForm] = useState<TerritoryForm>(() =>
    territory ? territoryToForm(territory, keyOf) : blankForm(plan),
  );
  const [local, setLocal] = useState<Record<string, string>>({});
  const [sentIndex, setSentIndex] = useState(-1);
  const problem = save.error instanceof ApiProblem && save.error.status === 422 ? save.error : null;
  const server = problem ? errorsForTerritory(problem.errors, sentIndex) : { fields: {}, other: [] };
  const translate = (message: string) =>
    CODES.has(message) ? t(`territories.editor.invalid.${message}`) : message;
  const error = (field: string) => {
    const messages = [fieldError(local, field), fieldError(server.fields, field)].filter(
      (m): m is string => m !== undefined,
    );
    return messages.length > 0 ? messages.map(translate).join("; ") : undefined;
  };
  const set = <K extends keyof TerritoryForm>(field: K, value: TerritoryForm[K]) =>
    setForm((current) => ({ ...current, [field]: value }));
  const text = (
    field:
      | "key"
      | "name"
      | "priority"
      | "baseLatitude"
      | "baseLongitude"
      | "targetShare"
      | "maxAccounts"
      | "maxWorkload",
  ) => ({
    value: form[field],
    onChange: (e: { currentTarget: { value: string } }) => set(field, e.currentTarget.value),
    error: error(field),
  });
  const parents = plan.territories
    .filter((x) => x.id !== territory?.id)
    .map((x) => ({ value: x.key, label: `${x.name} (${x.key})` }));

  return (
    <Modal
      opened
      onClose={onClose}
      size="xl"
      title={
        <Text fw={700}>
          {territory
            ? t("territories.editor.title", { name: territory.name })
            : t("territories.editor.newTitle")}
        </Text>
      }
      closeButtonProps={{ "aria-label": t("territories.close") }}
      data-testid="territory-editor"
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          const invalid = validateTerritoryForm(form);
          setLocal(invalid);
          if (Object.keys(invalid).length > 0) return;
          const body = hierarchyWithEdit(plan.territories, territory?.key ?? null, form);
          setSentIndex(body.index);
          save.mutate({ baseRevision: plan.revision, territories: body.territories }, { onSuccess: onClose });
        }}
      >
        <Stack>
          <Group grow align="flex-start">
            <TextInput label={t("territories.editor.key")} required {...text("key")} />
            <TextInput label={t("territories.editor.name")} required {...text("name")} />
          </Group>
          <Group grow align="flex-start">
            <Select
              label={t("territories.editor.parent")}
              data={parents}
              value={form.parentKey}
              onChange={(value) => set("parentKey", value)}
              clearable
              searchable
              error={error("parentKey")}
            />
            <Select
              label={t("territories.editor.level")}
              data={LEVELS.map((l) => ({ value: l, label: t(`territories.level.${l}`) }))}
              value={form.level}
              allowDeselect={false}
              onChange={(value) => set("level", LEVELS.find((l) => l === value) ?? "territory")}
              error={error("level")}
            />
            <Select
              label={t("territories.editor.kind")}
              data={[
                { value: "primary", label: t("territories.kind.primary") },
                { value: "overlay", label: t("territories.kind.overlay") },
              ]}
              value={form.kind}
              allowDeselect={false}
              onChange={(value) => set("kind", value === "overlay" ? "overlay" : "primary")}
            />
            <TextInput label={t("territories.editor.priority")} inputMode="numeric" {...text("priority")} />
          </Group>
          <Divider label={t("territories.editor.rules")} labelPosition="left" />
          <Text size="xs" c="dimmed">
            {t("territories.editor.rulesHint")}
          </Text>
          {form.rules.map((rule, i) => (
            <RuleFields
              // biome-ignore lint/suspicious/noArrayIndexKey: rules have no identity but their position
              key={i}
              index={i}
              rule={rule}
              error={error}
              onChange={(next) =>
                set(
                  "rules",
                  form.rules.map((r, j) => (j === i ? next : r)),
                )
              }
              onRemove={() =>
                set(
                  "rules",
                  form.rules.filter((_, j) => j !== i),
                )
              }
            />
          ))}
          <Group>
            <Button
              size="xs"
              variant="default"
              onClick={() => set("rules", [...form.rules, { ...emptyRule }])}
            >
              {t("territories.editor.addRule")}
            </Button>
          </Group>
          <Divider />
          <NamedAccountsField
            planId={plan.id}
            territoryId={territory?.id ?? null}
            value={form.namedAccountIds}
            onChange={(ids) => set("namedAccountIds", ids)}
            error={error}
          />
          <Divider />
          <OwnerFields
            owners={form.owners}
            onChange={(owners) => set("owners", owners)}
            error={error}
            defaultValidFrom={plan.effectiveFrom}
          />
          <Divider label={t("territories.editor.balancing")} labelPosition="left" />
          <Group grow align="flex-start">
            <TextInput
              label={t("territories.editor.baseLatitude")}
              inputMode="decimal"
              {...text("baseLatitude")}
            />
            <TextInput
              label={t("territories.editor.baseLongitude")}
              inputMode="decimal"
              {...text("baseLongitude")}
            />
          </Group>
          <Group grow align="flex-start">
            <TextInput
              label={t("territories.editor.targetShare")}
              description={t("territories.editor.targetShareHint")}
              inputMode="decimal"
              {...text("targetShare")}
            />
            <TextInput
              label={t("territories.editor.maxAccounts")}
              inputMode="numeric"
              {...text("maxAccounts")}
            />
            <TextInput
              label={t("territories.editor.maxWorkload")}
              inputMode="decimal"
              {...text("maxWorkload")}
            />
          </Group>
          {server.other.length > 0 ? (
            <Alert color="red" title={t("territories.editor.otherErrors")} data-testid="editor-other-errors">
              {server.other.map((e) => (
                <Text key={e.path + e.message} size="sm">
                  {e.path}: {e.message}
                </Text>
              ))}
            </Alert>
          ) : null}
          {save.isError &&
          (!problem || (Object.keys(server.fields).length === 0 && server.other.length === 0)) ? (
            <ApiError error={save.error} />
          ) : null}
          {problem && Object.keys(server.fields).length > 0 ? (
            <Text size="sm" c="red" data-testid="editor-field-errors">
              {t("territories.editor.fixFields")}
            </Text>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t("territories.cancel")}
            </Button>
            <Button type="submit" loading={save.isPending} data-testid="save-territory">
              {t("territories.editor.save")}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
