import { sql } from "drizzle-orm";
import { type Db, type goals, selectRows } from "@attain/db";

/**
 * Who hears about a goal on `today`: the goal's person (for a team goal, the team's manager: a member whose job is
 * manager or director, else whoever the members report to) and that person's own manager, as user ids; for a
 * workspace goal, whoever set it.
 */
export async function findGoalAlertRecipients(
  db: Db,
  goal: typeof goals.$inferSelect,
  today: string,
): Promise<string[]> {
  const w = goal.workspaceId;
  const onDay = (alias: "m" | "l") => {
    const t = sql.raw(alias);
    return sql`${t}.valid_from <= ${today}::date and (${t}.valid_to is null or ${t}.valid_to > ${today}::date)`;
  };
  let heads: string[] = [];
  if (goal.personId) heads = [goal.personId];
  else if (goal.teamId) {
    const leads = await selectRows<{ id: string }>(
      db,
      sql`select distinct p.id from team_memberships m join people p on p.id = m.person_id
          where m.workspace_id = ${w} and m.team_id = ${goal.teamId} and ${onDay("m")}
            and p.job_role in ('manager', 'director')`,
    );
    heads =
      leads.length > 0
        ? leads.map((r) => r.id)
        : (
            await selectRows<{ id: string }>(
              db,
              sql`select distinct l.manager_id as id from team_memberships m
                  join reporting_lines l on l.workspace_id = m.workspace_id and l.person_id = m.person_id and ${onDay("l")}
                  where m.workspace_id = ${w} and m.team_id = ${goal.teamId} and ${onDay("m")}`,
            )
          ).map((r) => r.id);
  } else return goal.createdBy ? [goal.createdBy] : [];
  if (heads.length === 0) return [];
  const headList = sql.join(
    heads.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  const rows = await selectRows<{ id: string }>(
    db,
    sql`select distinct u.id from users u
        where u.workspace_id = ${w} and u.disabled_at is null and (
          u.person_id in (${headList})
          or u.person_id in (select l.manager_id from reporting_lines l
                             where l.workspace_id = ${w} and l.person_id in (${headList}) and ${onDay("l")}))
        order by u.id`,
  );
  return rows.map((r) => r.id);
}
