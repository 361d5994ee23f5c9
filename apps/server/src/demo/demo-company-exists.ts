import type { AttainDatabase } from "@attain/db";

/** Whether a workspace with this slug exists (the demo is created once; a second load needs another slug). */
export async function demoCompanyExists(database: AttainDatabase, slug = "demo"): Promise<boolean> {
  const rows = await database.sql.query<{ found: boolean }>(
    "select exists (select 1 from workspaces where slug = $1) as found",
    [slug],
  );
  return rows[0]?.found === true;
}
