import type { Dec } from "../money/decimal";
import type { CreditLine, TraceStep } from "./calculation";
import { canonicalDecimal } from "./decimal-text";
import { groupDigits } from "./format-trace";
import { ruleStep } from "./rule-step";

// A run writes the same component rule and the same crediting path for many lines. Crediting shares frozen path
// arrays between credits; only a frozen array is remembered (a mutable one could change after).
const rules = new Map<string, string>();
const paths = new WeakMap<readonly string[], string>();

/** The first trace step of a per-credit line: which component counted which credit, and how much of it. */
export function creditStep(
  component: string,
  credit: CreditLine,
  measure: string,
  value: Dec,
  text: string = measureText(credit, measure, value),
): TraceStep {
  return {
    rule: componentRule(component),
    detail: `credit ${credit.id} (${credit.role}, ${credit.date}) ${measure} ${groupDigits(text)}`,
    values: {
      creditId: credit.id,
      transactionId: credit.transactionId,
      date: credit.date,
      [measure]: text,
      path: pathText(credit.path),
    },
  };
}

/** The first step of a per-credit line in an untraced run: the component's rule only. */
export function untracedCreditStep(component: string): TraceStep {
  return ruleStep(componentRule(component));
}

/** `value.toFixed()` of a credit's measure, written from the credit's own text (without printing the Dec). */
export function measureText(credit: CreditLine, measure: string, value: Dec): string {
  const raw = credit.measures[measure];
  return raw === undefined ? value.toFixed() : canonicalDecimal(raw);
}

function componentRule(component: string): string {
  let rule = rules.get(component);
  if (rule === undefined) {
    rule = `Component '${component}'`;
    if (rules.size > 10_000) rules.clear();
    rules.set(component, rule);
  }
  return rule;
}

function pathText(path: readonly string[]): string {
  if (!Object.isFrozen(path)) return path.join(" > ");
  let text = paths.get(path);
  if (text === undefined) {
    text = path.join(" > ");
    paths.set(path, text);
  }
  return text;
}

/** Index of the first credit dated on or after `date` (credits are sorted by date). */
export function firstCreditFrom(credits: readonly CreditLine[], date: string): number {
  let lo = 0;
  let hi = credits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((credits[mid] as CreditLine).date < date) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
