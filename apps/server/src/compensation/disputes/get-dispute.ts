import type { Db } from "@attain/db";
import type { Viewer } from "../../auth/viewer";
import { authorizeDispute } from "./authorize-dispute";
import { type DisputeDetail, loadDispute } from "./load-dispute";

/** One dispute with its messages, for someone allowed to read it (others get 404). */
export async function getDispute(
  db: Db,
  viewer: Viewer,
  today: string,
  disputeId: string,
): Promise<DisputeDetail> {
  const dispute = await loadDispute(db, viewer.workspaceId, disputeId);
  await authorizeDispute(db, viewer, today, dispute);
  return dispute;
}
