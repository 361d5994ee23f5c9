import type { KpiUnit } from "../../api/kpi-types";
import type { GoalDto, GoalInput, GoalOwnerKind } from "../../api/performance-types";
import { fractionToPercent, percentToFraction } from "../shared/shift-decimal";

/** The goal form as typed: targets in the KPI's unit as a person reads it (a percentage as "25", not "0.25"). */
export type GoalFormState = {
  name: string;
  description: string;
  ownerKind: GoalOwnerKind;
  personId: string;
  kpiKey: string;
  target: string;
  baseline: string;
  startsOn: string;
  deadline: string;
  rationale: string;
  relevance: string;
  milestones: { label: string; dueOn: string; target: string }[];
};

const typed = (value: string, unit: KpiUnit) =>
  unit === "percent" ? (fractionToPercent(value) ?? value) : value;
/** What the API stores: a percentage as its fraction, other units as typed (a French comma read as a point). */
const stored = (text: string, unit: KpiUnit) =>
  unit === "percent" ? (percentToFraction(text) ?? text) : text.trim().replace(",", ".");

export function emptyGoalForm(today: string, personId: string): GoalFormState {
  return {
    name: "",
    description: "",
    ownerKind: "person",
    personId,
    kpiKey: "",
    target: "",
    baseline: "",
    startsOn: today,
    deadline: "",
    rationale: "",
    relevance: "",
    milestones: [],
  };
}

export function goalFormFromDto(goal: GoalDto): GoalFormState {
  const unit = goal.kpi.unit;
  return {
    name: goal.name,
    description: goal.description,
    ownerKind: goal.owner.kind,
    personId: goal.owner.personId ?? "",
    kpiKey: goal.kpi.key,
    target: typed(goal.target, unit),
    baseline: goal.baseline === null ? "" : typed(goal.baseline, unit),
    startsOn: goal.startsOn,
    deadline: goal.deadline,
    rationale: goal.rationale,
    relevance: goal.relevance,
    milestones: goal.milestones.map((m) => ({
      label: m.label,
      dueOn: m.dueOn,
      target: typed(m.target, unit),
    })),
  };
}

export function goalInputFromForm(form: GoalFormState, unit: KpiUnit): GoalInput {
  return {
    name: form.name.trim(),
    description: form.description.trim(),
    owner:
      form.ownerKind === "person" ? { kind: "person", personId: form.personId } : { kind: form.ownerKind },
    kpiKey: form.kpiKey,
    target: stored(form.target, unit),
    ...(form.baseline.trim() ? { baseline: stored(form.baseline, unit) } : {}),
    startsOn: form.startsOn,
    deadline: form.deadline,
    rationale: form.rationale.trim(),
    relevance: form.relevance.trim(),
    milestones: form.milestones.map((m) => ({
      label: m.label.trim(),
      dueOn: m.dueOn,
      target: stored(m.target, unit),
    })),
  };
}
