import type { TraceStep } from "./calculation";

const NO_VALUES: Record<string, string> = Object.freeze({});

/** An untraced run's step (input.trace false): the rule that made the line, without detail or values. */
export function ruleStep(rule: string): TraceStep {
  return { rule, detail: "", values: NO_VALUES };
}
