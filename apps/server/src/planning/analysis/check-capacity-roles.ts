import { jobRoles } from "@attain/db";
import { compareAmounts } from "@attain/engine";
import type { CapacityRoleAssumption } from "../schemas";
import { QUOTA_ROLE } from "./capacity-roles";

type At = (path: string, message: string) => void;

const known: ReadonlySet<string> = new Set(jobRoles);
const sign = (value: string) => compareAmounts(value, "0");
const outside = (value: string, low: string, high: string) =>
  compareAmounts(value, low) < 0 || compareAmounts(value, high) > 0;

/**
 * The rules of `capacity.roles` (docs/planning-api.md), each broken one reported through `at` with its path under
 * `capacity.roles`: known job roles, each once, the ae role present and the only `quota` one (its heads are the
 * scenario's quota carriers; its ramp is the scenario's); productivity ≥ 0 where the driver needs one (above 0 for
 * an overlay role, which must support the target); a coverage ratio above 0 of another role that is not itself
 * planned by coverage (no chains); utilisation 0–1 (above 0 off the ae role), attrition 0 ≤ a < 1, ramp shares 0–1.
 */
export function checkCapacityRoles(roles: readonly CapacityRoleAssumption[], at: At): void {
  const byName = new Map<string, CapacityRoleAssumption>();
  for (const role of roles) if (!byName.has(role.role)) byName.set(role.role, role);
  if (!byName.has(QUOTA_ROLE))
    at("capacity.roles", `The roles must include ${QUOTA_ROLE}: its heads carry the target.`);
  const seen = new Set<string>();
  roles.forEach((role, i) => {
    const path = (field: string) => `capacity.roles.${i}.${field}`;
    if (!known.has(role.role))
      at(path("role"), `Unknown role ${role.role}: a role is one of ${jobRoles.join(", ")}.`);
    else if (seen.has(role.role)) at(path("role"), `Role ${role.role} is listed twice.`);
    seen.add(role.role);
    checkDriver(role, path, at, byName);
    checkFactors(role, path, at);
  });
}

function checkDriver(
  role: CapacityRoleAssumption,
  path: (field: string) => string,
  at: At,
  byName: ReadonlyMap<string, CapacityRoleAssumption>,
): void {
  const isQuotaRole = role.role === QUOTA_ROLE;
  if (isQuotaRole && role.driver !== "quota")
    at(path("driver"), `The ${QUOTA_ROLE} role carries the target: its driver is quota, got ${role.driver}.`);
  if (!isQuotaRole && role.driver === "quota")
    at(
      path("driver"),
      `Only ${QUOTA_ROLE} carries the target; plan ${role.role} by overlay (its own productivity) or coverage (a ratio).`,
    );
  if (isQuotaRole && role.ramp !== undefined)
    at(path("ramp"), `The ${QUOTA_ROLE} ramp is the scenario's (people.ramp.values); set it there.`);
  if (role.driver === "coverage") {
    if (role.productivity !== undefined)
      at(path("productivity"), `Role ${role.role} is planned by coverage: give a ratio, not a productivity.`);
    if (role.coverage === undefined) {
      at(
        path("coverage"),
        `Role ${role.role} is planned by coverage: give the role it covers and the ratio.`,
      );
      return;
    }
    if (sign(role.coverage.ratio) <= 0)
      at(
        path("coverage.ratio"),
        `A coverage ratio is the heads of ${role.coverage.of} one ${role.role} covers and must be above 0, got ${role.coverage.ratio}.`,
      );
    const covered = byName.get(role.coverage.of);
    if (role.coverage.of === role.role) at(path("coverage.of"), `Role ${role.role} cannot cover itself.`);
    else if (covered === undefined)
      at(path("coverage.of"), `Role ${role.role} covers ${role.coverage.of}, which is not among the roles.`);
    else if (covered.driver === "coverage")
      at(
        path("coverage.of"),
        `Role ${role.role} covers ${role.coverage.of}, which is itself planned by coverage; cover a quota or overlay role.`,
      );
    return;
  }
  if (role.coverage !== undefined)
    at(path("coverage"), `Role ${role.role} is planned by ${role.driver}: a coverage ratio does not apply.`);
  if (role.productivity === undefined)
    at(
      path("productivity"),
      `Role ${role.role} is planned by ${role.driver}: give its monthly productivity.`,
    );
  else if (sign(role.productivity) < 0)
    at(path("productivity"), `Productivity must not be negative, got ${role.productivity}.`);
  else if (role.driver === "overlay" && sign(role.productivity) === 0)
    at(path("productivity"), `An overlay role supports the target: its productivity must be above 0.`);
}

function checkFactors(role: CapacityRoleAssumption, path: (field: string) => string, at: At): void {
  if (outside(role.utilisation, "0", "1"))
    at(path("utilisation"), `utilisation must be a share between 0 and 1, got ${role.utilisation}.`);
  else if (role.role !== QUOTA_ROLE && sign(role.utilisation) === 0)
    at(path("utilisation"), `The utilisation of ${role.role} must be above 0: a head at 0 covers nothing.`);
  if (sign(role.attrition) < 0 || compareAmounts(role.attrition, "1") >= 0)
    at(path("attrition"), `Annual attrition must be at least 0 and below 1, got ${role.attrition}.`);
  if (role.ramp === undefined) return;
  if (role.ramp.values.length === 0)
    at(path("ramp.values"), "A ramp needs at least one month (1 = no ramp).");
  role.ramp.values.forEach((share, k) => {
    if (outside(share, "0", "1"))
      at(path(`ramp.values.${k}`), `A ramp share must be between 0 and 1 (0–100%), got ${share}.`);
  });
}
