import { toDec } from "../../money/decimal";
import type { SegmentCondition } from "../types";

const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;

/** Whether `value` meets `condition`, and the words the trace shows: `employees = 2822 between [1000, ∞) ✓`. */
export function matchCondition(
  condition: SegmentCondition,
  value: string | null,
): { holds: boolean; trace: string } {
  const shown = value === null ? "(none)" : JSON.stringify(value);
  const verdict = (holds: boolean, test: string) => ({
    holds,
    trace: `${condition.field} = ${shown} ${test} ${holds ? "✓" : "✗"}`,
  });
  switch (condition.op) {
    case "isNull":
      return verdict(value === null, "is empty");
    case "notNull":
      return verdict(value !== null, "is not empty");
    case "in":
      return verdict(
        value !== null && condition.values.includes(value),
        `in [${condition.values.join(", ")}]`,
      );
    case "notIn":
      // An account without the value is not "in" the list, so it passes notIn.
      return verdict(
        value === null || !condition.values.includes(value),
        `not in [${condition.values.join(", ")}]`,
      );
    case "startsWith":
      return verdict(
        value !== null && condition.values.some((prefix) => value.startsWith(prefix)),
        `starts with [${condition.values.join(", ")}]`,
      );
    case "between": {
      const range = `between [${condition.min ?? "−∞"}, ${condition.max ?? "∞"})`;
      if (value === null || !PLAIN_DECIMAL.test(value)) return verdict(false, range);
      const number = toDec(value);
      const aboveMin = condition.min === undefined || number.gte(toDec(condition.min));
      const belowMax = condition.max === undefined || number.lt(toDec(condition.max));
      return verdict(aboveMin && belowMax, range);
    }
  }
}
