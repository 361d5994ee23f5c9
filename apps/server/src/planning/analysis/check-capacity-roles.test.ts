import { describe, expect, it } from "vitest";
import type { CapacityRoleAssumption } from "../schemas";
import { checkCapacityRoles } from "./check-capacity-roles";

const ae: CapacityRoleAssumption = {
  role: "ae",
  driver: "quota",
  productivity: "10000",
  attrition: "0.15",
  hiringLeadMonths: 3,
  utilisation: "0.85",
};
const problemsOf = (roles: CapacityRoleAssumption[]) => {
  const found: [string, string][] = [];
  checkCapacityRoles(roles, (path, message) => found.push([path, message]));
  return found;
};

describe("the capacity roles' rules", () => {
  it("AE + SDR at 1 per 2 AEs + SE overlay: no problem", () =>
    expect(
      problemsOf([
        ae,
        {
          role: "sdr",
          driver: "coverage",
          coverage: { of: "ae", ratio: "2" },
          ramp: { kind: "share", values: ["0.5", "1"] },
          attrition: "0.25",
          hiringLeadMonths: 1,
          utilisation: "1",
        },
        {
          role: "se",
          driver: "overlay",
          productivity: "300000",
          attrition: "0.1",
          hiringLeadMonths: 2,
          utilisation: "0.9",
        },
      ]),
    ).toEqual([]));

  it("the ae role with its own ramp and as coverage; an SDR carrying quota with utilisation 0 and attrition 1", () =>
    expect(
      problemsOf([
        {
          ...ae,
          driver: "coverage",
          ramp: { kind: "share", values: ["1"] },
          coverage: { of: "sdr", ratio: "1" },
          productivity: undefined,
        },
        {
          role: "sdr",
          driver: "quota",
          productivity: "5000",
          attrition: "1",
          hiringLeadMonths: 1,
          utilisation: "0",
        },
      ]).map(([path]) => path),
    ).toEqual([
      "capacity.roles.0.driver",
      "capacity.roles.0.ramp",
      "capacity.roles.1.driver",
      "capacity.roles.1.utilisation",
      "capacity.roles.1.attrition",
    ]));

  it("an overlay at productivity 0, a coverage of a coverage role, a coverage role with a productivity, a ramp share of 120%", () =>
    expect(
      problemsOf([
        ae,
        {
          role: "se",
          driver: "overlay",
          productivity: "0",
          attrition: "0",
          hiringLeadMonths: 0,
          utilisation: "1",
        },
        {
          role: "sdr",
          driver: "coverage",
          coverage: { of: "ae", ratio: "2" },
          attrition: "0",
          hiringLeadMonths: 0,
          utilisation: "1",
        },
        {
          role: "csm",
          driver: "coverage",
          productivity: "1",
          coverage: { of: "sdr", ratio: "4" },
          ramp: { kind: "share", values: ["1.2"] },
          attrition: "0",
          hiringLeadMonths: 0,
          utilisation: "1",
        },
      ]),
    ).toEqual([
      [
        "capacity.roles.1.productivity",
        "An overlay role supports the target: its productivity must be above 0.",
      ],
      ["capacity.roles.3.productivity", "Role csm is planned by coverage: give a ratio, not a productivity."],
      [
        "capacity.roles.3.coverage.of",
        "Role csm covers sdr, which is itself planned by coverage; cover a quota or overlay role.",
      ],
      ["capacity.roles.3.ramp.values.0", "A ramp share must be between 0 and 1 (0–100%), got 1.2."],
    ]));
});
