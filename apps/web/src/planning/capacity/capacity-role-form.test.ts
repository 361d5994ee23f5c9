import { describe, expect, it } from "vitest";
import type { Assumptions } from "../../api/planning-types";
import {
  capacityRolesOf,
  newCapacityRole,
  readRoleForms,
  toRoleForm,
  withCapacityRoles,
} from "./capacity-role-form";

const assumptions = {
  capacity: {
    productivity: "10000",
    utilisation: "0.85",
    attrition: "0.15",
    hiringLeadMonths: 3,
    potentialCapture: "0.1",
  },
} as Assumptions;

describe("capacity roles in the panel", () => {
  it("a scenario saved before roles plans the AE role of its AE-only fields", () =>
    expect(capacityRolesOf(assumptions)).toEqual([
      {
        role: "ae",
        driver: "quota",
        productivity: "10000",
        attrition: "0.15",
        hiringLeadMonths: 3,
        utilisation: "0.85",
      },
    ]));

  it("a new SDR covers 2 AEs, an SE 3, a sales ops head 5", () =>
    expect(["sdr", "se", "sales_ops"].map((r) => newCapacityRole(r).coverage?.ratio)).toEqual([
      "2",
      "3",
      "5",
    ]));

  it("round trip: shares shown in percent (15% attrition, 85% utilisation) and read back as fractions", () => {
    const roles = [
      ...capacityRolesOf(assumptions),
      { ...newCapacityRole("sdr"), ramp: { kind: "share" as const, values: ["0.5", "1"] } },
    ];
    const forms = roles.map(toRoleForm);
    expect(forms[0]).toMatchObject({ attrition: "15", utilisation: "85", hiringLeadMonths: "3" });
    expect(forms[1]?.ramp).toEqual(["50", "100"]);
    expect(readRoleForms(forms, "en")).toEqual({ roles, issues: {} });
  });

  it("problems by role and field: negative productivity, ratio 0, attrition 100%, lead 30 months, a role twice", () => {
    const ae = { ...toRoleForm(capacityRolesOf(assumptions)[0]!), productivity: "-1" };
    const sdr = { ...toRoleForm(newCapacityRole("sdr")), ratio: "0", attrition: "100" };
    const again = { ...toRoleForm(newCapacityRole("sdr")), hiringLeadMonths: "30" };
    expect(readRoleForms([ae, sdr, again], "en").issues).toEqual({
      "0.productivity": "negative",
      "1.ratio": "not_positive",
      "1.attrition": "attrition_100",
      "2.role": "role_twice",
      "2.hiringLeadMonths": "lead_range",
    });
  });

  it("French decimals: a ratio of 2,5 is 2.5", () => {
    const form = { ...toRoleForm(newCapacityRole("se")), ratio: "2,5" };
    expect(readRoleForms([form], "fr").roles[0]?.coverage).toEqual({ of: "ae", ratio: "2.5" });
  });

  it("saving roles repeats the ae role's figures in the AE-only fields", () => {
    const roles = [{ ...capacityRolesOf(assumptions)[0]!, productivity: "12000", attrition: "0.2" }];
    expect(withCapacityRoles(assumptions, roles).capacity).toEqual({
      productivity: "12000",
      utilisation: "0.85",
      attrition: "0.2",
      hiringLeadMonths: 3,
      potentialCapture: "0.1",
      roles,
    });
  });
});
