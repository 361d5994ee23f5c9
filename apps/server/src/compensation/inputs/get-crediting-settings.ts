import { eq } from "drizzle-orm";
import { compSettings, type Db } from "@attain/db";
import { type Viewer, workspaceWideRoles } from "../../auth/viewer";
import { problems } from "../../http/problem";
import type { CreditingSettings } from "./crediting-schemas";
import { defaultCreditingSettings } from "./default-crediting-settings";

/** The workspace's crediting rules (workspace-wide roles): what is stored over the defaults, field by field. */
export async function getCreditingSettings(db: Db, viewer: Viewer): Promise<CreditingSettings> {
  if (!workspaceWideRoles.includes(viewer.role)) {
    throw problems.forbidden("Crediting settings are visible to workspace-wide roles only.");
  }
  const [row] = await db
    .select({ crediting: compSettings.crediting })
    .from(compSettings)
    .where(eq(compSettings.workspaceId, viewer.workspaceId));
  // jsonb is untyped; it holds what saveCreditingSettings validated, possibly from before a field existed.
  const stored = (row?.crediting ?? {}) as Partial<CreditingSettings>;
  return { ...defaultCreditingSettings, ...stored };
}
