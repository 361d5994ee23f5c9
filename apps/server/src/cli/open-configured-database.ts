import { join } from "node:path";
import type { AttainDatabase } from "@attain/db";
import { eq } from "drizzle-orm";
import type { AttainConfig } from "../config";

/** Opens and migrates the database the configuration points at, runs `work`, and always closes it. */
export async function withConfiguredDatabase<T>(
  config: AttainConfig,
  work: (database: AttainDatabase) => Promise<T>,
): Promise<T> {
  const { migrateDatabase, openDatabase } = await import("@attain/db");
  const database = await openDatabase({ url: config.databaseUrl, dataDir: join(config.dataDir, "db") });
  try {
    await migrateDatabase(database);
    return await work(database);
  } finally {
    await database.close();
  }
}

export async function findWorkspaceId(database: AttainDatabase, slug: string): Promise<string> {
  const { workspaces } = await import("@attain/db");
  const [row] = await database.db
    .select({ id: workspaces.id })
    .from(workspaces)
    .where(eq(workspaces.slug, slug));
  if (!row) {
    const all = await database.db.select({ slug: workspaces.slug }).from(workspaces);
    throw new Error(
      `No workspace "${slug}". Workspaces: ${all.map((w) => w.slug).join(", ") || "(none; run attain demo)"}`,
    );
  }
  return row.id;
}
