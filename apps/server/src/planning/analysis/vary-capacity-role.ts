import { Decimal } from "decimal.js";
import { type CapacityRole, type CapacityVariation, PlanningInputError } from "@attain/engine";

/**
 * One role with a sensitivity variation applied, by the engine's rules for `capacitySensitivity`
 * (docs/calculations/capacity-planning.md, "Sensitivity"): attrition + points (below 0 is 0, 100% is refused),
 * every ramp step n months later, productivity × ratio (the coverage ratio for a coverage role), lead time + n.
 * Needed for coverage roles, whose hires the server plans itself (plan-coverage-capacity.ts).
 */
export function varyCapacityRole(role: CapacityRole, variation: CapacityVariation): CapacityRole {
  switch (variation.kind) {
    case "attrition_points": {
      const attrition = Decimal.max(0, new Decimal(role.attrition).plus(variation.points));
      if (attrition.greaterThanOrEqualTo(1))
        throw new PlanningInputError([
          {
            code: "bad_factor",
            message: `Attrition of role ${role.role} + ${variation.points} reaches 100%`,
            field: "variation.points",
          },
        ]);
      return { ...role, attrition: attrition.toFixed() };
    }
    case "ramp_months": {
      const n = variation.months;
      const values = role.ramp.values;
      const first = values[0] ?? "1";
      const stretched =
        n >= 0
          ? [...Array.from({ length: n }, () => first), ...values]
          : values.slice(Math.min(-n, values.length - 1));
      return { ...role, ramp: { kind: "share", values: stretched } };
    }
    case "productivity_ratio":
      return { ...role, productivity: new Decimal(role.productivity).times(variation.ratio).toFixed() };
    case "lead_months":
      return { ...role, hiringLeadMonths: Math.max(0, role.hiringLeadMonths + variation.months) };
  }
}
