import {
  Alert,
  Badge,
  Button,
  Group,
  List,
  Menu,
  Paper,
  Select,
  SimpleGrid,
  Skeleton,
  Stack,
  Tabs,
  Text,
  TextInput,
  Title,
  Tooltip,
} from "@mantine/core";
import { useParams } from "@tanstack/react-router";
import { Fragment, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ComponentKind, PlanDefinition } from "../../api/comp-types";
import { usePlanVersion, usePublishPlanVersion, useSavePlanVersion } from "../../api/use-comp-plans";
import { ApiError } from "../shared/ApiError";
import { ComponentEditor } from "./ComponentEditor";
import { FormulaField } from "./FormulaField";
import { IssueText } from "./IssueText";
import { PlanDocumentView } from "./PlanDocumentView";
import { issuesAt } from "./plan-issues";
import { moveItem, newComponent, newTierTable, removeAt, replaceAt, uniqueName } from "./plan-editing";
import { RegressionPanel } from "./RegressionPanel";
import { TierTableEditor } from "./TierTableEditor";
import { usePlanValidation } from "./use-plan-validation";

const kinds: readonly ComponentKind[] = [
  "commission",
  "attainment_bonus",
  "mbo",
  "spif",
  "override",
  "formula",
];

export function PlanEditorPage() {
  const params = useParams({ strict: false }) as { key?: string; version?: string };
  const key = params.key ?? "";
  const version = Number(params.version ?? "1");
  const loaded = usePlanVersion(key, version);
  if (loaded.isError) return <ApiError error={loaded.error} />;
  if (!loaded.data) return <Skeleton h={480} />;
  return (
    <PlanEditor
      key={`${key}|${version}|${loaded.data.status}`}
      initial={loaded.data.definition}
      status={loaded.data.status}
      planKey={key}
      version={version}
    />
  );
}

type EditorProps = { initial: PlanDefinition; status: string; planKey: string; version: number };

function PlanEditor({ initial, status, planKey, version }: EditorProps) {
  const { t } = useTranslation();
  const [plan, setPlan] = useState(initial);
  const [saved, setSaved] = useState(initial);
  const readOnly = status !== "draft";
  const { validation, checking } = usePlanValidation({ definition: plan });
  const issues = validation?.issues ?? [];
  const save = useSavePlanVersion(planKey, version);
  const publish = usePublishPlanVersion(planKey, version);
  const dirty = JSON.stringify(plan) !== JSON.stringify(saved);
  const set = <K extends keyof PlanDefinition>(field: K, value: PlanDefinition[K]) =>
    setPlan((p) => ({ ...p, [field]: value }));

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (dirty) event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  const publishBlockers = [
    ...(validation && !validation.ok ? [t("comp.plans.blockInvalid", { count: issues.length })] : []),
    ...(dirty ? [t("comp.plans.blockUnsaved")] : []),
    ...(checking || !validation ? [t("comp.plans.blockChecking")] : []),
  ];

  return (
    <Stack gap="md" maw={1280} mx="auto" data-testid="plan-editor">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">
            {plan.name}{" "}
            <Badge variant="light" tt="none" component="span">
              v{version} · {t(`comp.plans.statuses.${status}`, { defaultValue: status })}
            </Badge>
          </Title>
          <Text
            size="sm"
            c={validation?.ok === false ? "red" : "dimmed"}
            role="status"
            data-testid="validation-status"
          >
            {checking || !validation
              ? t("comp.plans.checking")
              : validation.ok
                ? t("comp.plans.valid")
                : t("comp.plans.invalid", { count: issues.length })}
          </Text>
        </div>
        {!readOnly ? (
          <Group>
            <Button
              variant="default"
              disabled={!dirty}
              loading={save.isPending}
              onClick={() => save.mutate(plan, { onSuccess: (v) => setSaved(v.definition) })}
            >
              {t("comp.plans.saveDraft")}
            </Button>
            <Tooltip
              label={publishBlockers.join(" · ")}
              disabled={publishBlockers.length === 0}
              multiline
              w={280}
            >
              <span>
                <Button
                  disabled={publishBlockers.length > 0}
                  loading={publish.isPending}
                  onClick={() => publish.mutate()}
                  aria-describedby={publishBlockers.length > 0 ? "publish-blockers" : undefined}
                >
                  {t("comp.plans.publish")}
                </Button>
              </span>
            </Tooltip>
          </Group>
        ) : null}
      </Group>
      {!readOnly && publishBlockers.length > 0 ? (
        <Text id="publish-blockers" size="xs" c="dimmed" data-testid="publish-blockers">
          {t("comp.plans.publishDisabled", { reasons: publishBlockers.join(" · ") })}
        </Text>
      ) : null}
      {save.isError ? <ApiError error={save.error} /> : null}
      {publish.isError ? <ApiError error={publish.error} /> : null}
      {validation && !validation.ok ? (
        <Alert color="red" title={t("comp.plans.issues")} data-testid="plan-issues">
          <List size="sm">
            {issues.map((issue) => (
              <List.Item key={`${issue.path}|${issue.message}`}>
                <Text span ff="monospace" size="xs">
                  {issue.path}
                </Text>{" "}
                {issue.message}
              </List.Item>
            ))}
          </List>
        </Alert>
      ) : null}

      <Tabs defaultValue="design" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="design">{t("comp.plans.design")}</Tabs.Tab>
          <Tabs.Tab value="document">{t("comp.plans.document")}</Tabs.Tab>
          <Tabs.Tab value="regression">{t("comp.plans.regression")}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="design" pt="md">
          <Stack gap="md">
            <Paper withBorder radius="md" p="md">
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                <TextInput
                  label={t("comp.plans.name")}
                  value={plan.name}
                  readOnly={readOnly}
                  onChange={(e) => set("name", e.currentTarget.value)}
                  error={issuesAt(issues, "name")[0]?.message}
                />
                <TextInput
                  label={t("comp.plans.currency")}
                  value={plan.currency}
                  readOnly={readOnly}
                  onChange={(e) => set("currency", e.currentTarget.value.toUpperCase())}
                  error={issuesAt(issues, "currency")[0]?.message}
                />
                <Select
                  label={t("comp.plans.periodKind")}
                  readOnly={readOnly}
                  allowDeselect={false}
                  value={plan.period}
                  data={(["month", "quarter", "year"] as const).map((p) => ({
                    value: p,
                    label: t(`comp.plans.periods.${p}`),
                  }))}
                  onChange={(p) =>
                    p === "month" || p === "quarter" || p === "year" ? set("period", p) : undefined
                  }
                />
                <TextInput
                  label={t("comp.plans.effectiveFrom")}
                  value={plan.effectiveFrom}
                  readOnly={readOnly}
                  onChange={(e) => set("effectiveFrom", e.currentTarget.value)}
                  error={issuesAt(issues, "effectiveFrom")[0]?.message}
                />
                <TextInput
                  label={t("comp.plans.effectiveTo")}
                  value={plan.effectiveTo ?? ""}
                  readOnly={readOnly}
                  placeholder="∞"
                  onChange={(e) => set("effectiveTo", e.currentTarget.value.trim() || null)}
                  error={issuesAt(issues, "effectiveTo")[0]?.message}
                />
                <TextInput
                  label={t("comp.plans.quotaMeasure")}
                  value={plan.quotaMeasure}
                  readOnly={readOnly}
                  onChange={(e) => set("quotaMeasure", e.currentTarget.value)}
                />
              </SimpleGrid>
            </Paper>

            <Group justify="space-between">
              <Title order={2} size="h4">
                {t("comp.plans.components")}
              </Title>
              {!readOnly ? (
                <Menu>
                  <Menu.Target>
                    <Button variant="light" size="xs">
                      {t("comp.plans.addComponent")}
                    </Button>
                  </Menu.Target>
                  <Menu.Dropdown>
                    {kinds.map((kind) => (
                      <Menu.Item
                        key={kind}
                        onClick={() =>
                          set("components", [
                            ...plan.components,
                            newComponent(
                              kind,
                              plan,
                              uniqueName(
                                t(`comp.plans.kinds.${kind}`),
                                plan.components.map((c) => c.name),
                              ),
                            ),
                          ])
                        }
                      >
                        {t(`comp.plans.kinds.${kind}`)}
                      </Menu.Item>
                    ))}
                  </Menu.Dropdown>
                </Menu>
              ) : null}
            </Group>
            {plan.components.map((component, index) => (
              // Components are controlled (no state inside), so a positional key is safe when they move.
              // biome-ignore lint/suspicious/noArrayIndexKey: positional on purpose, names are being edited
              <Fragment key={index}>
                <Paper withBorder radius="md" p="md" data-testid="plan-component" aria-label={component.name}>
                  <Group justify="space-between" mb="xs">
                    <Badge variant="light" tt="none">
                      {index + 1}. {t(`comp.plans.kinds.${component.kind}`)}
                    </Badge>
                    {!readOnly ? (
                      <Group gap={4}>
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          disabled={index === 0}
                          onClick={() => set("components", moveItem(plan.components, index, index - 1))}
                          aria-label={t("comp.plans.moveUp", { name: component.name })}
                        >
                          ↑
                        </Button>
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          disabled={index === plan.components.length - 1}
                          onClick={() => set("components", moveItem(plan.components, index, index + 1))}
                          aria-label={t("comp.plans.moveDown", { name: component.name })}
                        >
                          ↓
                        </Button>
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          color="red"
                          onClick={() => set("components", removeAt(plan.components, index))}
                        >
                          {t("comp.plans.remove")}
                        </Button>
                      </Group>
                    ) : null}
                  </Group>
                  <IssueText issues={issuesAt(issues, `components.${index}`)} />
                  <ComponentEditor
                    component={component}
                    plan={plan}
                    path={`components.${index}`}
                    issues={issues}
                    readOnly={readOnly}
                    onChange={(next) => set("components", replaceAt(plan.components, index, next))}
                  />
                </Paper>
              </Fragment>
            ))}

            <Group justify="space-between">
              <Title order={2} size="h4">
                {t("comp.plans.tierTables")}
              </Title>
              {!readOnly ? (
                <Button
                  variant="light"
                  size="xs"
                  onClick={() =>
                    set("tierTables", [
                      ...plan.tierTables,
                      newTierTable(
                        uniqueName(
                          t("comp.plans.newTable"),
                          plan.tierTables.map((x) => x.name),
                        ),
                      ),
                    ])
                  }
                >
                  {t("comp.plans.addTable")}
                </Button>
              ) : null}
            </Group>
            {plan.tierTables.map((table, index) => (
              <TierTableEditor
                // biome-ignore lint/suspicious/noArrayIndexKey: tables are positional while their names are edited
                key={index}
                table={table}
                path={`tierTables.${index}`}
                issues={issues}
                currency={plan.currency}
                readOnly={readOnly}
                onChange={(next) => set("tierTables", replaceAt(plan.tierTables, index, next))}
                onRemove={() => set("tierTables", removeAt(plan.tierTables, index))}
              />
            ))}

            <Group justify="space-between">
              <Title order={2} size="h4">
                {t("comp.plans.variables")}
              </Title>
              {!readOnly ? (
                <Button
                  variant="light"
                  size="xs"
                  onClick={() =>
                    set("variables", [
                      ...plan.variables,
                      {
                        name: uniqueName(
                          "variable",
                          plan.variables.map((v) => v.name),
                        ),
                        formula: "0",
                      },
                    ])
                  }
                >
                  {t("comp.plans.addVariable")}
                </Button>
              ) : null}
            </Group>
            {plan.variables.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t("comp.plans.noVariables")}
              </Text>
            ) : null}
            {plan.variables.map((variable, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: variables are positional while their names are edited
              <Paper key={index} withBorder radius="md" p="md" data-testid="plan-variable">
                <Group align="flex-start" grow>
                  <TextInput
                    label={t("comp.plans.variableName")}
                    value={variable.name}
                    readOnly={readOnly}
                    onChange={(e) =>
                      set(
                        "variables",
                        replaceAt(plan.variables, index, { ...variable, name: e.currentTarget.value }),
                      )
                    }
                    maw={240}
                  />
                  <FormulaField
                    label={t("comp.plans.formula")}
                    value={variable.formula}
                    readOnly={readOnly}
                    issues={issuesAt(issues, `variables.${index}`, true)}
                    onChange={(formula) =>
                      set("variables", replaceAt(plan.variables, index, { ...variable, formula }))
                    }
                  />
                </Group>
              </Paper>
            ))}
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="document" pt="md">
          <PlanDocumentView plan={plan} readOnly={readOnly} onApply={setPlan} />
        </Tabs.Panel>
        <Tabs.Panel value="regression" pt="md">
          <RegressionPanel planKey={planKey} version={version} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
