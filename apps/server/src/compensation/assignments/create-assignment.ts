import { and, eq } from "drizzle-orm";
import { type AttainDatabase, compAssignments, compPlans, people } from "@attain/db";
import type { Viewer } from "../../auth/viewer";
import { ApiError, problems } from "../../http/problem";
import { recordCompEvent } from "../audit/record-comp-event";
import { listAssignments } from "./list-assignments";
import type { Assignment, NewAssignment } from "./schemas";

/**
 * Puts a person on a plan from `validFrom` to `validTo` (inclusive; null = open-ended). A person is on at most one
 * plan on any day: an assignment overlapping another of the same person is refused (409) and names it.
 */
export async function createAssignment(
  database: AttainDatabase,
  viewer: Viewer,
  input: NewAssignment,
): Promise<Assignment> {
  const { workspaceId } = viewer;
  const id = await database.transaction(async ({ db, sql }) => {
    await sql.query("select pg_advisory_xact_lock(hashtextextended('comp_assignments ' || $1, 0))", [
      input.personId,
    ]);
    const [person] = await db
      .select({ id: people.id })
      .from(people)
      .where(and(eq(people.workspaceId, workspaceId), eq(people.id, input.personId)));
    if (!person) throw problems.invalid([{ path: "personId", message: "No such person in this workspace" }]);
    const [plan] = await db
      .select({ id: compPlans.id })
      .from(compPlans)
      .where(and(eq(compPlans.workspaceId, workspaceId), eq(compPlans.key, input.planKey)));
    if (!plan) throw problems.invalid([{ path: "planKey", message: `No plan "${input.planKey}"` }]);
    const overlapping = await sql.query<{
      id: string;
      key: string;
      valid_from: string;
      valid_to: string | null;
    }>(
      `select a.id, p.key, a.valid_from, a.valid_to from comp_assignments a join comp_plans p on p.id = a.plan_id
       where a.workspace_id = $1 and a.person_id = $2
         and a.valid_from <= coalesce($4::date, 'infinity'::date) and coalesce(a.valid_to, 'infinity'::date) >= $3::date
       order by a.valid_from limit 1`,
      [workspaceId, input.personId, input.validFrom, input.validTo],
    );
    const clash = overlapping[0];
    if (clash)
      throw new ApiError(
        409,
        "Overlapping assignment",
        `The person is already on plan "${clash.key}" from ${clash.valid_from} to ${clash.valid_to ?? "open-ended"}.`,
        [{ path: "validFrom", message: "Overlaps another assignment of the same person" }],
      );
    const [row] = await db
      .insert(compAssignments)
      .values({
        workspaceId,
        personId: input.personId,
        planId: plan.id,
        validFrom: input.validFrom,
        validTo: input.validTo,
        targetIncentive: input.targetIncentive,
        currency: input.currency,
      })
      .returning({ id: compAssignments.id });
    await recordCompEvent(db, {
      workspaceId,
      actorId: viewer.userId,
      action: "assignment.created",
      entity: "comp_assignment",
      entityId: row!.id,
      before: null,
      after: input,
    });
    return row!.id;
  });
  const [assignment] = await listAssignments(database.db, { workspaceId, id });
  return assignment!;
}
