import type { Db } from "@attain/db";
import type { Viewer } from "../../auth/viewer";
import { problems } from "../../http/problem";
import { resolvePayScope } from "../workflow/resolve-pay-scope";

/** Reading a dispute: its payee, comp admins, admins and HR, and the payee's managers (today's reporting tree). */
export async function authorizeDispute(db: Db, viewer: Viewer, today: string, dispute: { personId: string }) {
  const scope = await resolvePayScope(db, viewer, today);
  if (scope !== null && !scope.includes(dispute.personId)) throw problems.notFound("The dispute");
}
