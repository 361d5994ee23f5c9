import { isValidDate } from "../../calendar/dates";
import type { PlanningIssue, PlanningPerson } from "../types";

/** A person's hire and leave dates: real YYYY-MM-DD dates or null, the leave not before the hire. */
export function checkPerson(person: PlanningPerson, field = "person"): PlanningIssue[] {
  const nodeId = person?.id ?? "";
  const issues: PlanningIssue[] = [];
  for (const key of ["hireDate", "leaveDate"] as const) {
    const date = person?.[key];
    if (date !== null && !isValidDate(String(date)))
      issues.push({
        code: "invalid",
        message: `${nodeId}: the ${key === "hireDate" ? "hire" : "leave"} date must be YYYY-MM-DD or none, got ${JSON.stringify(date)}`,
        nodeId,
        field: `${field}.${key}`,
      });
  }
  if (
    issues.length === 0 &&
    person.hireDate !== null &&
    person.leaveDate !== null &&
    person.leaveDate < person.hireDate
  )
    issues.push({
      code: "invalid",
      message: `${nodeId} leaves (${person.leaveDate}) before being hired (${person.hireDate})`,
      nodeId,
      field: `${field}.leaveDate`,
    });
  return issues;
}
