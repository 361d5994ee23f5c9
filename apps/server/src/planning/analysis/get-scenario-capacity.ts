import type { Db } from "@attain/db";
import type { Viewer } from "../../auth/viewer";
import { loadScenario } from "../load-scenario";
import { requireScenarioReader } from "../planning-access";
import { capacityRolesOf, QUOTA_ROLE } from "./capacity-roles";
import { loadCapacityPeople } from "./load-capacity-people";
import { loadScenarioPeople } from "./load-scenario-people";
import { planScenarioCapacity, type ScenarioCapacity } from "./plan-scenario-capacity";

/**
 * GET …/capacity: the company's capacity plan for the scenario (the headcount and hires the whole target needs, so
 * it reads every person node whoever asks), role by role, and its sensitivity. The ae role's heads are the
 * scenario's person nodes; every other role's are the people of that job role employed during the year.
 */
export async function getScenarioCapacity(
  db: Db,
  viewer: Viewer,
  params: { scenarioId: string; today: string },
): Promise<ScenarioCapacity> {
  requireScenarioReader(viewer);
  const scenario = await loadScenario(db, viewer.workspaceId, params.scenarioId);
  const { people } = await loadScenarioPeople(db, null, viewer.workspaceId, scenario);
  const supportingRoles = capacityRolesOf(scenario.assumptions)
    .map((role) => role.role)
    .filter((role) => role !== QUOTA_ROLE);
  const supportingPeople = await loadCapacityPeople(db, {
    workspaceId: viewer.workspaceId,
    roles: supportingRoles,
    yearStart: `${scenario.months[0]}-01`,
    yearEnd: lastDayOf(scenario.months.at(-1) ?? scenario.months[0] ?? "1970-01"),
    excludePersonIds: new Set(people.map((person) => person.personId)),
  });
  return planScenarioCapacity(scenario, people, params.today, supportingPeople);
}

/** The last day of a month, YYYY-MM-DD (day 0 of the next month in UTC). */
function lastDayOf(month: string): string {
  const [year, monthNumber] = month.split("-").map(Number) as [number, number];
  return new Date(Date.UTC(year, monthNumber, 0)).toISOString().slice(0, 10);
}
