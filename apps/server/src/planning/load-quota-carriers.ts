import { sql } from "drizzle-orm";
import { type Db, selectRows } from "@attain/db";

/** Roles whose quota is the sellers' bookings again (overlay) or their team's (management). */
const OVERLAY_ROLES = "('sdr', 'se', 'csm', 'manager', 'director', 'executive')";

export type QuotaCarrier = {
  personId: string;
  name: string;
  jobRole: string;
  hireDate: string | null;
  leaveDate: string | null;
  regionId: string | null;
};

/**
 * The people who carry a quota of `measure` in the fiscal year: employed on some day of it, and either an account
 * executive or account manager (the quota-carrying job roles), or someone else assigned during the year a
 * compensation plan whose version in force measures quota in `measure` — except overlay and management roles (SDRs,
 * solutions engineers, customer success, managers, directors, executives): their quota is built on the sellers' deals
 * or is their team's (the team node), so counting them as well would allocate the same bookings twice.
 */
export async function loadQuotaCarriers(
  db: Db,
  params: { workspaceId: string; measure: string; yearStart: string; yearEnd: string },
): Promise<QuotaCarrier[]> {
  const { workspaceId, measure, yearStart, yearEnd } = params;
  const rows = await selectRows<{
    id: string;
    full_name: string;
    job_role: string;
    hire_date: string | null;
    leave_date: string | null;
    region_id: string | null;
  }>(
    db,
    sql`select p.id, p.full_name, p.job_role, p.hire_date::text as hire_date, p.leave_date::text as leave_date,
               p.region_id
        from people p
        where p.workspace_id = ${workspaceId}
          and (p.hire_date is null or p.hire_date <= ${yearEnd}::date)
          and (p.leave_date is null or p.leave_date >= ${yearStart}::date)
          and (p.job_role in ('ae', 'account_manager') or p.job_role not in ${sql.raw(OVERLAY_ROLES)} and exists (
                select 1 from comp_assignments a
                join comp_plan_versions v on v.plan_id = a.plan_id and v.status = 'published'
                where a.workspace_id = ${workspaceId} and a.person_id = p.id
                  and a.valid_from <= ${yearEnd}::date and (a.valid_to is null or a.valid_to >= ${yearStart}::date)
                  and v.effective_from <= ${yearEnd}::date
                  and (v.effective_to is null or v.effective_to >= ${yearStart}::date)
                  and v.definition->>'quotaMeasure' = ${measure}))
        order by p.full_name, p.id`,
  );
  return rows.map((r) => ({
    personId: r.id,
    name: r.full_name,
    jobRole: r.job_role,
    hireDate: r.hire_date,
    leaveDate: r.leave_date,
    regionId: r.region_id,
  }));
}
