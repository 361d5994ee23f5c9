import type { Role } from "../../api/types";

/** Planners (sales ops, comp admins) create, change and publish scenarios; the server checks the same. */
export function isPlanner(role: Role): boolean {
  return role === "admin" || role === "comp_admin";
}
