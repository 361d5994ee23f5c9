import { compareAmounts } from "../money/compare-amounts";
import type { PlanDefinition } from "./plan";
import type { IssueSink } from "./validate-plan-issue";
import { nearestName } from "./validate-plan-nearest-name";

/**
 * Each row names a value (or "*") for every key and nothing else, so a misspelt attribute cannot make a row
 * match everything; keys are unique and rates never negative.
 */
export function checkRateTables(plan: PlanDefinition, report: IssueSink): void {
  plan.rateTables.forEach((table, t) => {
    const name = `rate table '${table.name}'`;
    const at = ["rateTables", t];
    table.keys.forEach((key, k) => {
      if (table.keys.indexOf(key) !== k) report([...at, "keys", k], `${name}: key "${key}" is listed twice`);
    });
    table.rows.forEach((row, r) => {
      const here = [...at, "rows", r];
      for (const key of Object.keys(row.match)) {
        if (table.keys.includes(key)) continue;
        const near = nearestName(key, table.keys);
        report(
          [...here, "match", key],
          `${name}: row ${r + 1} matches on "${key}", which is not one of its keys (${table.keys.join(", ")})${near === null ? "" : ` — did you mean "${near}"?`}`,
        );
      }
      for (const key of table.keys) {
        if (!Object.hasOwn(row.match, key)) {
          report(
            [...here, "match"],
            `${name}: row ${r + 1} has no value for key "${key}" (use "*" for any value)`,
          );
        }
      }
      if (compareAmounts(row.rate, "0") < 0)
        report([...here, "rate"], `${name}: row ${r + 1} has a negative rate ${row.rate}`);
    });
    if (table.defaultRate !== null && compareAmounts(table.defaultRate, "0") < 0) {
      report([...at, "defaultRate"], `${name}: defaultRate ${table.defaultRate} is negative`);
    }
  });
}
