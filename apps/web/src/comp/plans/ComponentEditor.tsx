import { Group, Select, SimpleGrid, Switch, TextInput } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Component, PlanDefinition, ValidationIssue } from "../../api/comp-types";
import { FormulaField } from "./FormulaField";
import { issuesAt } from "./plan-issues";

type Props = {
  component: Component;
  plan: PlanDefinition;
  path: string;
  issues: readonly ValidationIssue[];
  readOnly: boolean;
  onChange: (component: Component) => void;
};

/** The fields of one component, by kind. */
export function ComponentEditor({ component: c, plan, path, issues, readOnly, onChange }: Props) {
  const { t } = useTranslation();
  const err = (field: string) => issuesAt(issues, `${path}.${field}`, true)[0]?.message;
  const text = (field: string, label: string, value: string, set: (v: string) => Component) => (
    <TextInput
      label={label}
      value={value}
      readOnly={readOnly}
      error={err(field)}
      onChange={(e) => onChange(set(e.currentTarget.value))}
    />
  );
  const tableSelect = (value: string, set: (v: string) => Component, field = "table") => (
    <Select
      label={t("comp.plans.tierTable")}
      readOnly={readOnly}
      allowDeselect={false}
      value={value || null}
      error={err(field)}
      data={plan.tierTables.map((table) => table.name)}
      onChange={(v) => (v ? onChange(set(v)) : undefined)}
    />
  );
  const name = text("name", t("comp.plans.componentName"), c.name, (v) => ({ ...c, name: v }));

  switch (c.kind) {
    case "commission":
      return (
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {name}
          {text("measure", t("comp.plans.measure"), c.measure, (v) => ({ ...c, measure: v }))}
          <Select
            label={t("comp.plans.rateSource")}
            readOnly={readOnly}
            allowDeselect={false}
            value={c.rate.kind}
            data={(["flat", "tiers", "rate_table"] as const).map((k) => ({
              value: k,
              label: t(`comp.plans.rateSources.${k}`),
            }))}
            onChange={(k) =>
              onChange({
                ...c,
                rate:
                  k === "tiers"
                    ? { kind: "tiers", table: plan.tierTables[0]?.name ?? "" }
                    : k === "rate_table"
                      ? { kind: "rate_table", table: plan.rateTables[0]?.name ?? "" }
                      : { kind: "flat", rate: "0.05" },
              })
            }
          />
          {c.rate.kind === "flat"
            ? text("rate", t("comp.plans.rate"), c.rate.rate, (v) => ({
                ...c,
                rate: { kind: "flat", rate: v },
              }))
            : c.rate.kind === "tiers"
              ? tableSelect(c.rate.table, (v) => ({ ...c, rate: { kind: "tiers", table: v } }), "rate")
              : text("rate", t("comp.plans.rateTable"), c.rate.table, (v) => ({
                  ...c,
                  rate: { kind: "rate_table", table: v },
                }))}
          <Select
            label={t("comp.plans.evaluation")}
            readOnly={readOnly}
            allowDeselect={false}
            value={c.evaluation}
            data={(["per_transaction", "cumulative"] as const).map((k) => ({
              value: k,
              label: t(`comp.plans.evaluations.${k}`),
            }))}
            onChange={(k) =>
              k === "per_transaction" || k === "cumulative" ? onChange({ ...c, evaluation: k }) : undefined
            }
          />
          <Group align="flex-end">
            <Switch
              label={t("comp.plans.trueUp")}
              checked={c.trueUp}
              disabled={readOnly}
              onChange={(e) => onChange({ ...c, trueUp: e.currentTarget.checked })}
            />
          </Group>
          {c.gate && "formula" in c.gate ? (
            <FormulaField
              label={t("comp.plans.gateFormula")}
              value={c.gate.formula}
              readOnly={readOnly}
              issues={issuesAt(issues, `${path}.gate.formula`)}
              onChange={(formula) => onChange({ ...c, gate: { formula } })}
            />
          ) : null}
        </SimpleGrid>
      );
    case "attainment_bonus":
      return (
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {name}
          {tableSelect(c.table, (v) => ({ ...c, table: v }))}
          {text("targetShare", t("comp.plans.targetShare"), c.targetShare, (v) => ({ ...c, targetShare: v }))}
        </SimpleGrid>
      );
    case "mbo":
      return (
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {name}
          {text("targetAmount", t("comp.plans.targetAmount"), c.targetAmount, (v) => ({
            ...c,
            targetAmount: v,
          }))}
          {text("maxScore", t("comp.plans.maxScore"), c.maxScore, (v) => ({ ...c, maxScore: v }))}
          {text(
            "objectives",
            t("comp.plans.objectives"),
            c.objectives.map((o) => `${o.label}=${o.weight}`).join("; "),
            (v) => ({
              ...c,
              objectives: v
                .split(";")
                .map((part) => part.trim())
                .filter(Boolean)
                .map((part, i) => {
                  const [label = part, weight = "1"] = part.split("=").map((s) => s.trim());
                  return { key: c.objectives[i]?.key ?? `objective-${i + 1}`, label, weight };
                }),
            }),
          )}
        </SimpleGrid>
      );
    case "spif":
      return (
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {name}
          {text("measure", t("comp.plans.measure"), c.measure, (v) => ({ ...c, measure: v }))}
          {text("filter.from", t("comp.plans.spifFrom"), c.filter.from, (v) => ({
            ...c,
            filter: { ...c.filter, from: v },
          }))}
          {text("filter.to", t("comp.plans.spifTo"), c.filter.to, (v) => ({
            ...c,
            filter: { ...c.filter, to: v },
          }))}
          {"perDeal" in c.payout
            ? text("payout", t("comp.plans.perDeal"), c.payout.perDeal, (v) => ({
                ...c,
                payout: { perDeal: v },
              }))
            : text("payout", t("comp.plans.rate"), c.payout.rate, (v) => ({ ...c, payout: { rate: v } }))}
        </SimpleGrid>
      );
    case "override":
      return (
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {name}
          {text("measure", t("comp.plans.measure"), c.measure, (v) => ({ ...c, measure: v }))}
          {text("threshold", t("comp.plans.threshold"), c.threshold, (v) => ({ ...c, threshold: v }))}
          {c.rate.kind === "flat"
            ? text("rate", t("comp.plans.rate"), c.rate.rate, (v) => ({
                ...c,
                rate: { kind: "flat", rate: v },
              }))
            : tableSelect(c.rate.table, (v) => ({ ...c, rate: { kind: "tiers", table: v } }), "rate")}
        </SimpleGrid>
      );
    case "formula":
      return (
        <SimpleGrid cols={1}>
          {name}
          <FormulaField
            label={t("comp.plans.formula")}
            value={c.formula}
            readOnly={readOnly}
            issues={issuesAt(issues, `${path}.formula`)}
            onChange={(formula) => onChange({ ...c, formula })}
          />
        </SimpleGrid>
      );
  }
}
