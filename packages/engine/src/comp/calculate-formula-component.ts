import { EngineInputError } from "../errors";
import { toDec } from "../money/decimal";
import type { PayeeContext } from "./build-payee-context";
import type { DraftLine } from "./draft-line";
import { evaluatePlanFormula } from "./evaluate-plan-formula";
import type { FormulaComponent } from "./plan";

/** A formula component: its formula's number is the period's amount (before caps). */
export function calculateFormulaComponent(ctx: PayeeContext, c: FormulaComponent): DraftLine[] {
  const label = `component '${c.name}'`;
  const value = evaluatePlanFormula(ctx, c.formula, label);
  if (value.type !== "number") {
    throw new EngineInputError(
      `${ctx.where}, ${label}: the formula gives ${value.type}, not a number`,
      c.formula,
    );
  }
  const exact = toDec(value.value);
  const trace = [
    {
      rule: `Formula '${c.name}'`,
      detail: `${c.formula} = ${value.value}`,
      values: { formula: c.formula, result: value.value },
    },
  ];
  return [{ component: c.name, kind: "formula", creditId: null, transactionId: null, exact, trace }];
}
