import type {
  RuleSegmentationConfig,
  SegmentationAccount,
  SegmentationContext,
  SegmentAssignment,
} from "../types";
import { checkInput } from "./check-input";
import { fieldValue } from "./field-value";
import { matchCondition } from "./match-condition";
import type { SegmentationPart } from "./segmentation-part";

function assignByRules(
  account: SegmentationAccount,
  config: RuleSegmentationConfig,
  asOf: string,
): SegmentAssignment {
  const trace: string[] = [];
  for (const [r, rule] of config.rules.entries()) {
    // Every condition is shown (not only up to the first failure), so the trace explains a near miss in full.
    const results = rule.conditions.map((condition) =>
      matchCondition(condition, fieldValue(account, condition.field, asOf)),
    );
    const matched = results.every((result) => result.holds);
    const conditions =
      results.length === 0 ? "no conditions" : results.map((result) => result.trace).join("; ");
    trace.push(`rule ${r + 1} "${rule.segment}": ${conditions} → ${matched ? "match" : "no match"}`);
    if (matched) {
      trace.push(`segment "${rule.segment}" (rule ${r + 1}, first match)`);
      return { accountId: account.id, segment: rule.segment, trace };
    }
  }
  if (config.otherwise !== null) {
    trace.push(`no rule matched → otherwise "${config.otherwise}"`);
    return { accountId: account.id, segment: config.otherwise, trace };
  }
  trace.push("no rule matched and there is no otherwise: not segmented");
  return { accountId: account.id, segment: null, trace };
}

/**
 * Rule-based segments: rules are tried in order, a rule matches when all its conditions hold (AND), the first match
 * gives the segment, and `otherwise` takes the rest (or leaves them unsegmented, with a warning).
 */
export function segmentByRules(
  accounts: readonly SegmentationAccount[],
  config: RuleSegmentationConfig,
  context: SegmentationContext,
): SegmentationPart {
  checkInput(accounts, config, context, "rules");
  const assignments = accounts.map((account) => assignByRules(account, config, context.asOf));
  const warnings = assignments
    .filter((assignment) => assignment.segment === null)
    .map((assignment) => ({ accountId: assignment.accountId, message: "no rule matched" }));
  const segments = [
    ...new Set([
      ...config.rules.map((rule) => rule.segment),
      ...(config.otherwise === null ? [] : [config.otherwise]),
    ]),
  ];
  return { assignments, warnings, segments };
}
