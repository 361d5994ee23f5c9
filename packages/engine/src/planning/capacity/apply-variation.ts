import { Dec, toDec } from "../../money/decimal";
import { PlanningInputError } from "../planning-input-error";
import type { CapacityInput, CapacityRole, CapacityVariation } from "../types";

const fail = (message: string, field: string): never => {
  throw new PlanningInputError([{ code: "bad_factor", message, field }]);
};

function varyRole(role: CapacityRole, variation: CapacityVariation): CapacityRole {
  switch (variation.kind) {
    case "attrition_points": {
      // Points add to the annual rate (0.20 + 0.05 = 0.25); below 0 is no attrition; 1 or more is not a rate.
      const attrition = Dec.max(0, toDec(role.attrition).plus(toDec(variation.points)));
      if (attrition.greaterThanOrEqualTo(1))
        fail(`Attrition of role ${role.role} + ${variation.points} reaches 100%`, "variation.points");
      return { ...role, attrition: attrition.toFixed() };
    }
    case "ramp_months": {
      // Every ramp step is reached n months later (the first share repeated n more times); n < 0 skips steps.
      const n = variation.months;
      const values = role.ramp.values;
      const first = values[0] as string;
      const stretched =
        n >= 0
          ? [...Array.from({ length: n }, () => first), ...values]
          : values.slice(Math.min(-n, values.length - 1));
      return { ...role, ramp: { kind: "share", values: stretched } };
    }
    case "productivity_ratio":
      return { ...role, productivity: toDec(role.productivity).times(toDec(variation.ratio)).toFixed() };
    case "lead_months":
      return { ...role, hiringLeadMonths: Math.max(0, role.hiringLeadMonths + variation.months) };
  }
}

/** The input with one variation applied to every role. */
export function applyVariation(input: CapacityInput, variation: CapacityVariation): CapacityInput {
  if (
    (variation.kind === "ramp_months" || variation.kind === "lead_months") &&
    !Number.isInteger(variation.months)
  )
    fail(`variation.months must be a whole number, got ${variation.months}`, "variation.months");
  if (variation.kind === "productivity_ratio" && !toDec(variation.ratio).greaterThan(0))
    fail(`variation.ratio must be above 0, got ${variation.ratio}`, "variation.ratio");
  return { ...input, roles: input.roles.map((role) => varyRole(role, variation)) };
}

/** "Attrition +5 points", "Ramp 1 month longer", "Productivity × 0.9", "Hiring lead time +1 month". */
export function variationLabel(variation: CapacityVariation): string {
  const signed = (n: number) => (n >= 0 ? `+${n}` : `${n}`);
  switch (variation.kind) {
    case "attrition_points":
      return `Attrition ${signed(toDec(variation.points).times(100).toNumber())} points`;
    case "ramp_months": {
      const n = variation.months;
      return `Ramp ${Math.abs(n)} month${Math.abs(n) === 1 ? "" : "s"} ${n >= 0 ? "longer" : "shorter"}`;
    }
    case "productivity_ratio":
      return `Productivity × ${variation.ratio}`;
    case "lead_months":
      return `Hiring lead time ${signed(variation.months)} month${Math.abs(variation.months) === 1 ? "" : "s"}`;
  }
}
