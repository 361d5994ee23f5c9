import { compareAmounts } from "../money/compare-amounts";
import type { Caps, CreditFilter, Gate, PlanDefinition } from "./plan";
import type { IssueSink } from "./validate-plan-issue";
import { nearestName } from "./validate-plan-nearest-name";

type Path = (string | number)[];

/** What the component checks share: the plan, where to report, and the measures a plan may count. */
export type PartChecks = {
  plan: PlanDefinition;
  report: IssueSink;
  measures: readonly string[];
};

export function checkMeasure(c: PartChecks, measure: string, at: Path): void {
  if (c.measures.includes(measure)) return;
  const near = nearestName(measure, c.measures);
  c.report(
    at,
    `unknown measure "${measure}"${near === null ? "" : ` (did you mean "${near}"?)`} — measures: ${c.measures.join(", ")}`,
  );
}

/**
 * A tier table used for a multiplier, a bonus or an override reads one rate at the attainment reached, so it must
 * be on attainment and retroactive (step) or interpolated (linear); `use` says which, for the message.
 */
export function checkTierTableRef(c: PartChecks, table: string, at: Path, use: string | null): void {
  const found = c.plan.tierTables.find((t) => t.name === table);
  if (found === undefined) unknownTable(c, "tier", table, at);
  else if (use === null) return;
  else if (found.basis !== "attainment") {
    c.report(at, `tier table '${table}' is on amount, but ${use} needs a table on attainment`);
  } else if (found.method === "marginal") {
    c.report(
      at,
      `tier table '${table}' is marginal, but ${use} reads one rate at the attainment reached — use retroactive (steps) or interpolated (linear)`,
    );
  }
}

export function checkRateTableRef(c: PartChecks, table: string, at: Path): void {
  if (!c.plan.rateTables.some((t) => t.name === table)) unknownTable(c, "rate", table, at);
}

function unknownTable(c: PartChecks, kind: "rate" | "tier", table: string, at: Path): void {
  const names = (kind === "rate" ? c.plan.rateTables : c.plan.tierTables).map((t) => t.name);
  const near = nearestName(table, names);
  const known = names.length === 0 ? `the plan has no ${kind} tables` : `${kind} tables: ${names.join(", ")}`;
  c.report(
    at,
    `unknown ${kind} table "${table}"${near === null ? "" : ` (did you mean "${near}"?)`} — ${known}`,
  );
}

/** A rate, share or amount that must not be negative; `what` names it in the message. */
export function checkNotNegative(c: PartChecks, value: string | undefined, at: Path, what: string): void {
  if (value !== undefined && compareAmounts(value, "0") < 0)
    c.report(at, `${what} must not be negative, got ${value}`);
}

export function checkCaps(c: PartChecks, caps: Caps | undefined, at: Path): void {
  for (const [key, value] of Object.entries(caps ?? {})) {
    if (value !== undefined && compareAmounts(value, "0") <= 0) {
      c.report([...at, key], `cap ${key} must be greater than 0, got ${value} (leave it out for no cap)`);
    }
  }
}

export function checkFilter(c: PartChecks, filter: CreditFilter | undefined, at: Path): void {
  if (filter === undefined) return;
  if (filter.from !== undefined && filter.to !== undefined && filter.to < filter.from) {
    c.report([...at, "to"], `filter ends on ${filter.to}, before it starts on ${filter.from}`);
  }
  checkNotNegative(c, filter.minimumAmount, [...at, "minimumAmount"], "minimumAmount");
}

export function checkGate(c: PartChecks, gate: Gate | undefined, at: Path): void {
  if (gate !== undefined && "attainmentAtLeast" in gate) {
    checkNotNegative(c, gate.attainmentAtLeast, [...at, "attainmentAtLeast"], "attainmentAtLeast");
  }
}
