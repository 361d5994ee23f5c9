import { eq } from "drizzle-orm";
import { compSettings, type Db } from "@attain/db";
import { type Viewer, workspaceWideRoles } from "../../auth/viewer";
import { problems } from "../../http/problem";
import { DEFAULT_QUOTA_POLICY } from "../calculation/load-quota-policy";
import type { QuotaSettings } from "./quota-schemas";

/** The workspace's quota policy (workspace-wide roles): what is stored over the defaults (days, ramp_months). */
export async function getQuotaSettings(db: Db, viewer: Viewer): Promise<QuotaSettings> {
  if (!workspaceWideRoles.includes(viewer.role)) {
    throw problems.forbidden("Quota settings are visible to workspace-wide roles only.");
  }
  const [row] = await db
    .select({ quota: compSettings.quota })
    .from(compSettings)
    .where(eq(compSettings.workspaceId, viewer.workspaceId));
  // jsonb is untyped; it holds what saveQuotaSettings validated.
  return { ...DEFAULT_QUOTA_POLICY, ...(row?.quota as Partial<QuotaSettings> | null) };
}
