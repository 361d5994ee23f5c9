import { isValidDate } from "../../calendar/index";
import type { RoutingRecord, TerritoryIssue } from "../types";

/** Routing's own input: `asOf` a date; each record an id (unique) and employees a number or null. */
export function checkRoutingInput(records: readonly RoutingRecord[], asOf: string): TerritoryIssue[] {
  const issues: TerritoryIssue[] = [];
  if (!isValidDate(asOf))
    issues.push({
      code: "invalid",
      message: `asOf ${JSON.stringify(asOf)} is not a date (YYYY-MM-DD)`,
      field: "asOf",
    });
  if (!Array.isArray(records))
    return [...issues, { code: "invalid", message: "records must be a list", field: "records" }];
  const seen = new Map<string, number>();
  records.forEach((record, i) => {
    const at = `records[${i}]`;
    if (record === null || typeof record !== "object" || typeof record.id !== "string" || record.id === "") {
      issues.push({ code: "invalid", message: `${at} has no id`, field: `${at}.id` });
      return;
    }
    const first = seen.get(record.id);
    if (first !== undefined)
      issues.push({
        code: "invalid",
        message: `Record ${record.id} is listed twice (records[${first}] and ${at})`,
        field: `${at}.id`,
      });
    else seen.set(record.id, i);
    const { employees } = record;
    if (employees !== null && (typeof employees !== "number" || !Number.isFinite(employees) || employees < 0))
      issues.push({
        code: "invalid",
        message: `Record ${record.id}: employees must be a non-negative number or null, got ${JSON.stringify(employees)}`,
        field: `${at}.employees`,
      });
  });
  return issues;
}
