import type { PlanDefinition } from "@attain/engine";
import type { SqlSession } from "@attain/db";
import type { CalcProblem } from "./calc-db";

/** A person on a plan for the period: the published version effective on the period's last day. */
export type PayeePlan = {
  personId: string;
  name: string;
  jobRole: string;
  hireDate: string | null;
  leaveDate: string | null;
  planKey: string;
  planVersionId: string;
  plan: PlanDefinition;
  targetIncentive: string;
  targetIncentiveCurrency: string;
};

type Row = {
  person_id: string;
  full_name: string;
  job_role: string;
  hire_date: string | null;
  leave_date: string | null;
  plan_key: string;
  valid_from: string;
  target_incentive: string;
  currency: string;
  version_id: string | null;
  definition: PlanDefinition | null;
};

/**
 * Assignments overlapping the period, each with the highest published version of its plan effective on the period's
 * end. A person with two assignments in the period is paid on the one in force at its end (reported); an assignment
 * whose plan has no published version in force is reported and skipped. `planOverride` swaps one plan's definition
 * (what-if, plan regression) without touching the database.
 */
export async function loadPayeePlans(
  sql: SqlSession,
  params: {
    workspaceId: string;
    period: { start: string; end: string };
    personIds: string[] | null;
    planOverride?: { planKey: string; definition: PlanDefinition } | undefined;
  },
): Promise<{ payees: PayeePlan[]; problems: CalcProblem[] }> {
  const rows = await sql.query<Row>(
    `select a.person_id, pe.full_name, pe.job_role, pe.hire_date, pe.leave_date, p.key as plan_key, a.valid_from,
            a.target_incentive::text as target_incentive, a.currency, v.id as version_id, v.definition
     from comp_assignments a
     join comp_plans p on p.id = a.plan_id
     join people pe on pe.id = a.person_id
     left join lateral (
       select id, definition from comp_plan_versions v
       where v.plan_id = a.plan_id and v.status = 'published'
         and v.effective_from <= $3::date and (v.effective_to is null or v.effective_to >= $3::date)
       order by v.version desc limit 1) v on true
     where a.workspace_id = $1 and a.valid_from <= $3::date and (a.valid_to is null or a.valid_to >= $2::date)
       and ($4::uuid[] is null or a.person_id = any($4::uuid[]))
     order by a.person_id, a.valid_from desc`,
    [params.workspaceId, params.period.start, params.period.end, params.personIds],
  );
  const problems: CalcProblem[] = [];
  const payees: PayeePlan[] = [];
  let previous: string | null = null;
  for (const row of rows) {
    if (row.person_id === previous) {
      problems.push({
        code: "plan_change_in_period",
        message: `${row.full_name} changed plan during the period; paid on the plan in force at its end (${payees.at(-1)?.planKey}), not on "${row.plan_key}".`,
        personId: row.person_id,
        planKey: row.plan_key,
      });
      continue;
    }
    previous = row.person_id;
    const override = params.planOverride?.planKey === row.plan_key ? params.planOverride.definition : null;
    if (!override && (!row.version_id || !row.definition)) {
      problems.push({
        code: "no_published_version",
        message: `Plan "${row.plan_key}" has no published version in force on ${params.period.end}; ${row.full_name} is not calculated.`,
        personId: row.person_id,
        planKey: row.plan_key,
      });
      continue;
    }
    payees.push({
      personId: row.person_id,
      name: row.full_name,
      jobRole: row.job_role,
      hireDate: row.hire_date,
      leaveDate: row.leave_date,
      planKey: row.plan_key,
      planVersionId: row.version_id ?? "00000000-0000-0000-0000-000000000000",
      plan: override ?? (row.definition as PlanDefinition),
      targetIncentive: row.target_incentive,
      targetIncentiveCurrency: row.currency,
    });
  }
  return { payees, problems };
}
