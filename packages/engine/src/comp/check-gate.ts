import { toDec } from "../money/decimal";
import type { PayeeContext } from "./build-payee-context";
import type { TraceStep } from "./calculation";
import { attainmentAtLeast } from "./attainment-position";
import { evaluatePlanFormula } from "./evaluate-plan-formula";
import type { Gate } from "./plan";

export type GateCheck = { passed: boolean; step: TraceStep };

/**
 * Whether a gate opens: period or year-to-date attainment of the quota measure ≥ the threshold (no quota = closed),
 * or a formula that must be TRUE. `label` names what is gated ("component 'New ARR'", "multiplier of …").
 */
export function checkGate(ctx: PayeeContext, gate: Gate, label: string): GateCheck {
  if ("formula" in gate) {
    const value = evaluatePlanFormula(ctx, gate.formula, `gate of ${label}`);
    const passed = value.type === "boolean" && value.value;
    return {
      passed,
      step: {
        rule: `Gate of ${label}: formula`,
        detail: `${gate.formula} is ${passed ? "TRUE: open" : "not TRUE: closed"}`,
        values: { formula: gate.formula, result: String(value.value) },
      },
    };
  }
  const figures = gate.scope === "period" ? ctx.attainment : ctx.ytd;
  const threshold = toDec(gate.attainmentAtLeast);
  // Decided on the exact ratio (credit against threshold × quota); the 4-place ratio is only written in the trace.
  const passed = attainmentAtLeast(figures, threshold);
  const scope = gate.scope === "period" ? "period" : "year-to-date";
  const ratio = figures.ratio === null ? "none (no quota)" : figures.ratio.toFixed();
  return {
    passed,
    step: {
      rule: `Gate of ${label}: ${scope} attainment ≥ ${gate.attainmentAtLeast}`,
      detail: `${scope} attainment ${ratio} ${passed ? "≥" : "<"} ${gate.attainmentAtLeast}: ${passed ? "open" : "closed"}`,
      values: {
        attainment: figures.ratio?.toFixed() ?? "",
        threshold: gate.attainmentAtLeast,
        passed: String(passed),
      },
    },
  };
}
