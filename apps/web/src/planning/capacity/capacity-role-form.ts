import type { Assumptions, CapacityDriver, CapacityRoleAssumption } from "../../api/planning-types";
import { compareDecimalStrings } from "../../format/decimal-string";
import type { AppLocale } from "../../format/locale";
import { parseAmountInput } from "../grid/parse-amount-input";
import { fractionToPercent, percentToFraction } from "../wizard/percent-text";

/** The role whose heads carry the target (the scenario's quota carriers); it is always planned and never removed. */
export const QUOTA_ROLE = "ae";

/** The job roles a planner can add (people.job_role values that staff a sales team). */
export const addableRoles = ["sdr", "se", "csm", "account_manager", "sales_ops"] as const;

/** A role's fields as typed: shares in percent, the ramp as percents, amounts as the planner writes them. */
export type CapacityRoleForm = {
  role: string;
  driver: CapacityDriver;
  productivity: string;
  coverageOf: string;
  ratio: string;
  /** Empty: the scenario's ramp. */
  ramp: string[];
  attrition: string;
  utilisation: string;
  hiringLeadMonths: string;
};

export type RoleFormIssue =
  | "required"
  | "not_a_number"
  | "negative"
  | "too_many_decimals"
  | "not_positive"
  | "over_100"
  | "attrition_100"
  | "lead_range"
  | "role_twice"
  | "ramp_over_100";

/** Problems by `<index>.<field>` (`1.ratio`, `2.ramp.0`). */
export type RoleFormIssues = Partial<Record<string, RoleFormIssue>>;

/** The roles a scenario plans; scenarios saved before roles plan the AE role of the AE-only fields (as the server reads them). */
export function capacityRolesOf(assumptions: Assumptions): CapacityRoleAssumption[] {
  const { capacity } = assumptions;
  return (
    capacity.roles ?? [
      {
        role: QUOTA_ROLE,
        driver: "quota",
        productivity: capacity.productivity,
        attrition: capacity.attrition,
        hiringLeadMonths: capacity.hiringLeadMonths,
        utilisation: capacity.utilisation,
      },
    ]
  );
}

/** Usual staffing ratios (heads of AEs per head): 1 SDR per 2 AEs, 1 SE per 3, 1 CSM or account manager per 4. */
const usualRatios: Record<string, string> = { sdr: "2", se: "3", csm: "4", account_manager: "4" };

/** A new role's starting assumptions: covers the AEs at the usual ratio (1 per 5 otherwise), 20% attrition, 2 months to hire. */
export function newCapacityRole(role: string): CapacityRoleAssumption {
  return {
    role,
    driver: "coverage",
    coverage: { of: QUOTA_ROLE, ratio: usualRatios[role] ?? "5" },
    attrition: "0.2",
    hiringLeadMonths: 2,
    utilisation: "1",
  };
}

export function toRoleForm(role: CapacityRoleAssumption): CapacityRoleForm {
  return {
    role: role.role,
    driver: role.driver,
    productivity: role.productivity ?? "",
    coverageOf: role.coverage?.of ?? QUOTA_ROLE,
    ratio: role.coverage?.ratio ?? "",
    ramp: role.ramp?.values.map(fractionToPercent) ?? [],
    attrition: fractionToPercent(role.attrition),
    utilisation: fractionToPercent(role.utilisation),
    hiringLeadMonths: String(role.hiringLeadMonths),
  };
}

/**
 * The roles the forms describe and every problem found, by the server's rules (docs/planning-api.md): amounts
 * ≥ 0, a productivity above 0 for an overlay role, a ratio above 0, shares 0–100% (attrition below 100%), lead time
 * 0–24 whole months, each role once. The server checks them again and names what is left (422).
 */
export function readRoleForms(
  forms: readonly CapacityRoleForm[],
  locale: AppLocale,
): { roles: CapacityRoleAssumption[]; issues: RoleFormIssues } {
  const issues: RoleFormIssues = {};
  const seen = new Set<string>();
  const roles = forms.map((form, i) => {
    const read = (field: string, text: string, places: number): string => {
      const parsed = parseAmountInput(text, locale, places);
      if (parsed.ok) return parsed.amount;
      issues[`${i}.${field}`] = parsed.reason === "empty" ? "required" : parsed.reason;
      return "0";
    };
    const percent = (field: string, text: string, limit: "over_100" | "attrition_100") => {
      const value = read(field, text, 2);
      const cap = compareDecimalStrings(value, "100");
      if (!issues[`${i}.${field}`] && (limit === "over_100" ? cap > 0 : cap >= 0))
        issues[`${i}.${field}`] = limit;
      return percentToFraction(value);
    };
    if (seen.has(form.role)) issues[`${i}.role`] = "role_twice";
    seen.add(form.role);
    const lead = Number(form.hiringLeadMonths);
    if (!/^\d{1,2}$/.test(form.hiringLeadMonths.trim()) || lead > 24)
      issues[`${i}.hiringLeadMonths`] = "lead_range";
    const role: CapacityRoleAssumption = {
      role: form.role,
      driver: form.driver,
      attrition: percent("attrition", form.attrition, "attrition_100"),
      hiringLeadMonths: Number.isInteger(lead) ? lead : 0,
      utilisation: percent("utilisation", form.utilisation, "over_100"),
    };
    if (form.driver === "coverage") {
      const ratio = read("ratio", form.ratio, 4);
      if (!issues[`${i}.ratio`] && compareDecimalStrings(ratio, "0") <= 0)
        issues[`${i}.ratio`] = "not_positive";
      role.coverage = { of: form.coverageOf, ratio };
    } else {
      const productivity = read("productivity", form.productivity, 2);
      if (
        !issues[`${i}.productivity`] &&
        form.driver === "overlay" &&
        compareDecimalStrings(productivity, "0") <= 0
      )
        issues[`${i}.productivity`] = "not_positive";
      role.productivity = productivity;
    }
    if (form.role !== QUOTA_ROLE && form.ramp.length > 0)
      role.ramp = {
        kind: "share",
        values: form.ramp.map((share, k) => {
          const value = read(`ramp.${k}`, share, 2);
          if (!issues[`${i}.ramp.${k}`] && compareDecimalStrings(value, "100") > 0)
            issues[`${i}.ramp.${k}`] = "ramp_over_100";
          return percentToFraction(value);
        }),
      };
    return role;
  });
  return { roles, issues };
}

/** The assumptions with these roles; the AE-only fields repeat the ae role's figures, as the server stores them. */
export function withCapacityRoles(assumptions: Assumptions, roles: CapacityRoleAssumption[]): Assumptions {
  const quota = roles.find((role) => role.role === QUOTA_ROLE);
  return {
    ...assumptions,
    capacity: {
      ...assumptions.capacity,
      ...(quota === undefined
        ? {}
        : {
            productivity: quota.productivity ?? assumptions.capacity.productivity,
            utilisation: quota.utilisation,
            attrition: quota.attrition,
            hiringLeadMonths: quota.hiringLeadMonths,
          }),
      roles,
    },
  };
}
