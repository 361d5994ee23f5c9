import { type AttainDatabase, migrateDatabase, openDatabase } from "@attain/db";

/**
 * The database a test file uses: in-memory PGlite, or the PostgreSQL server named by DATABASE_URL (shared between
 * test files, so every test creates its own workspace and scopes everything by it).
 */
export async function openTestDatabase(): Promise<AttainDatabase> {
  const database = await openDatabase({ dataDir: "memory://", url: process.env.DATABASE_URL });
  await migrateDatabase(database);
  return database;
}
