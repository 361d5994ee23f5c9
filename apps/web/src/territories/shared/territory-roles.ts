import type { Role } from "../../api/types";

/** Planners (admin, comp admin) change and publish territory plans; the server checks the same. */
export function isTerritoryPlanner(role: Role): boolean {
  return role === "admin" || role === "comp_admin";
}
