import { collectReferences } from "../formula/collect-references";
import { findMeasure } from "./find-measure";
import { capitalise, joinWords, kpiNameInText } from "./kpi-words";
import { formulaNodes, type KpiFormula } from "./kpi-formula";
import type { KpiDefinition, KpiNoValueReason, MeasureValues } from "./types";

/**
 * The reason shown instead of a KPI whose divisor is zero, in the words of what the zero means: "No customer was
 * served in the period, so there is no complaint rate." `divisor` is the divisor's source text as the formula
 * module reports it. Wording, first that applies: the KPI's own `divisorZero`; the `whenZero` of the divisor's
 * measures that are zero, joined with "and"; else the divisor itself with its measures' values.
 */
export function zeroDivisorReason(
  definition: KpiDefinition,
  formula: KpiFormula,
  divisor: string,
  measures: MeasureValues,
): KpiNoValueReason {
  const names = divisorMeasures(formula, divisor);
  const zero = names.filter((name) => isZero(measures[name]));
  const cause =
    definition.divisorZero ??
    (zero.length > 0
      ? joinWords(zero.map((name) => findMeasure(name)?.whenZero ?? `${name} is 0`))
      : `the divisor "${divisor}" is 0 (${names.map((name) => `${labelOf(name)} ${measures[name] ?? "?"}`).join(", ")})`);
  return {
    code: "division_by_zero",
    message: `${capitalise(cause)}, so there is no ${kpiNameInText(definition.name)}.`,
  };
}

/** The measures of the divisor(s) whose source text is `divisor`, in formula order. */
function divisorMeasures(formula: KpiFormula, divisor: string): string[] {
  const { source } = formula.compiled;
  const found = new Set<string>();
  for (const node of formulaNodes(formula.compiled.ast)) {
    if (node.kind !== "binary" || node.operator !== "/") continue;
    if (source.slice(node.right.start, node.right.end) !== divisor) continue;
    for (const name of collectReferences(node.right).keys()) found.add(name);
  }
  return [...found];
}

function isZero(value: string | undefined): boolean {
  return value !== undefined && /^-?0+(\.0+)?$/.test(value);
}

function labelOf(name: string): string {
  return findMeasure(name)?.label ?? name;
}
