import { compareDecimalStrings, subtractDecimalStrings } from "../../format/decimal-string";
import { addDecimalStrings } from "../shared/decimal-sum";
import type { Component, ComponentKind, PlanDefinition, Tier, TierTable } from "../../api/comp-types";

/** The list with the item at `from` moved to `to` (both clamped); a new array. */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const next = [...items];
  const target = Math.max(0, Math.min(items.length - 1, to));
  const [item] = next.splice(from, 1);
  if (item === undefined) return next;
  next.splice(target, 0, item);
  return next;
}

export function replaceAt<T>(items: readonly T[], index: number, item: T): T[] {
  return items.map((current, i) => (i === index ? item : current));
}

export function removeAt<T>(items: readonly T[], index: number): T[] {
  return items.filter((_, i) => i !== index);
}

/** "Commission", "Commission 2", … : the first name not used yet. */
export function uniqueName(base: string, taken: readonly string[]): string {
  if (!taken.includes(base)) return base;
  for (let n = 2; ; n++) if (!taken.includes(`${base} ${n}`)) return `${base} ${n}`;
}

/** A new component of a kind with sensible, valid defaults (a flat 5 % commission, a bonus on the first tier table…). */
export function newComponent(kind: ComponentKind, plan: PlanDefinition, name: string): Component {
  const table = plan.tierTables[0]?.name ?? "";
  switch (kind) {
    case "commission":
      return {
        kind,
        name,
        measure: plan.quotaMeasure,
        rate: { kind: "flat", rate: "0.05" },
        evaluation: "per_transaction",
        reset: plan.period,
        trueUp: false,
      };
    case "attainment_bonus":
      return { kind, name, table, targetShare: "0.25" };
    case "mbo":
      return {
        kind,
        name,
        objectives: [{ key: "objective-1", label: "Objective 1", weight: "1" }],
        targetAmount: "1000",
        maxScore: "1",
      };
    case "spif":
      return {
        kind,
        name,
        measure: plan.quotaMeasure,
        filter: { from: plan.effectiveFrom, to: plan.effectiveTo ?? plan.effectiveFrom },
        payout: { perDeal: "500" },
        eligibleJobRoles: [],
      };
    case "override":
      return { kind, name, measure: plan.quotaMeasure, rate: { kind: "flat", rate: "0.01" }, threshold: "0" };
    case "formula":
      return { kind, name, formula: "0" };
  }
}

/** A new attainment table: 0–100 % at 5 %, 100 % and above at 8 %. */
export function newTierTable(name: string): TierTable {
  return {
    name,
    basis: "attainment",
    method: "marginal",
    boundary: "upper",
    tiers: [
      { from: "0", to: "1", rate: "0.05" },
      { from: "1", to: null, rate: "0.08" },
    ],
  };
}

/**
 * Adds a band at the top: the open-ended last band is closed at its start + the previous band's width (or +1) and a
 * new open band starts there with the same rate. Interpolated tables get `rateAtTo` on the closed band.
 */
export function addTier(table: TierTable): TierTable {
  const last = table.tiers.at(-1);
  if (!last) return { ...table, tiers: [{ from: "0", to: null, rate: "0" }] };
  const previous = table.tiers.at(-2);
  const width = previous?.to != null ? subtractDecimalStrings(previous.to, previous.from) : "1";
  const end = last.to ?? addDecimalStrings(last.from, compareDecimalStrings(width, "0") > 0 ? width : "1");
  const closed: Tier = {
    ...last,
    to: end,
    ...(table.method === "interpolated" ? { rateAtTo: last.rateAtTo ?? last.rate } : {}),
  };
  const open: Tier = { from: end, to: null, rate: last.rateAtTo ?? last.rate };
  return { ...table, tiers: [...table.tiers.slice(0, -1), closed, open] };
}
