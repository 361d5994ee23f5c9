import type { Db, SqlSession } from "@attain/db";

/** Contract placeholder: rebuilds every fact of the workspace (after a bulk load with triggers off, e.g. the demo). */
export async function rebuildKpiFacts(
  _database: { db: Db; sql: SqlSession },
  _workspaceId: string,
): Promise<void> {}
