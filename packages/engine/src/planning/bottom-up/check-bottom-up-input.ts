import { toDec } from "../../money/decimal";
import { checkMonthPlaces } from "../allocation/check-month-places";
import { checkPlanningTree } from "../allocation/check-planning-tree";
import { checkPerson } from "../people/check-person";
import { checkRamp } from "../people/check-ramp";
import { checkDecimal, isAmount } from "../targets/check-decimal";
import type { BottomUpInput, PlanningIssue } from "../types";

/** Every problem with a bottom-up input, all at once. */
export function checkBottomUpInput(input: BottomUpInput, places: number): PlanningIssue[] {
  const issues = [
    ...checkPlanningTree(input.nodes),
    ...checkMonthPlaces(places).map((issue) => ({ ...issue, field: "places" })),
  ];
  const { startMonth, naming } = input.calendar ?? { startMonth: 0, naming: "" };
  if (
    !Number.isInteger(startMonth) ||
    startMonth < 1 ||
    startMonth > 12 ||
    !["start", "end"].includes(naming)
  )
    issues.push({
      code: "invalid",
      message: "The fiscal calendar needs a start month 1–12 and naming start or end",
      field: "calendar",
    });
  if (!Number.isInteger(input.fiscalYear) || input.fiscalYear < 1 || input.fiscalYear > 9998)
    issues.push({ code: "invalid", message: `Not a fiscal year: ${input.fiscalYear}`, field: "fiscalYear" });
  if (input.proration !== "months" && input.proration !== "days")
    issues.push({
      code: "invalid",
      message: `Proration is "months" or "days", got ${JSON.stringify(input.proration)}`,
      field: "proration",
    });
  issues.push(...checkRamp(input.ramp, "ramp"));
  const ids = new Set((input.nodes ?? []).map((n) => n.id));
  for (const [id, person] of Object.entries(input.people ?? {})) {
    if (!ids.has(id))
      issues.push({
        code: "invalid",
        message: `${id} has dates but is not in the hierarchy`,
        nodeId: id,
        field: `people.${id}`,
      });
    else issues.push(...checkPerson(person, `people.${id}`));
  }
  for (const [map, what] of [
    ["productivity", "productivity"],
    ["potential", "potential"],
  ] as const)
    for (const [id, amount] of Object.entries(input[map] ?? {})) {
      if (!ids.has(id))
        issues.push({
          code: "invalid",
          message: `${id} has a ${what} but is not in the hierarchy`,
          nodeId: id,
          field: `${map}.${id}`,
        });
      else if (!isAmount(amount))
        issues.push(checkDecimal(amount, `The ${what} of ${id}`, `${map}.${id}`, id) ?? invalid(map));
    }
  const defaultIssue = checkDecimal(
    input.defaultProductivity,
    "The default productivity",
    "defaultProductivity",
  );
  if (defaultIssue) issues.push(defaultIssue);
  for (const key of ["utilisation", "potentialCapture"] as const) {
    const issue = checkDecimal(
      input[key],
      `The ${key === "utilisation" ? "utilisation" : "potential capture rate"}`,
      key,
    );
    if (issue) issues.push(issue);
    else if (toDec(input[key]).greaterThan(1))
      issues.push({
        code: "invalid",
        message: `${key} is a share from 0 to 1 (0.85 for 85 %), got ${input[key]}`,
        field: key,
      });
  }
  return issues;
}

function invalid(field: string): PlanningIssue {
  return { code: "invalid", message: `${field} is invalid`, field };
}
