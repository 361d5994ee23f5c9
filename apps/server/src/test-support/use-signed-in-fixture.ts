import type { AttainDatabase } from "@attain/db";
import { afterAll, beforeAll } from "vitest";
import { openTestDatabase } from "./open-test-database";
import { FIXTURE_PASSWORD } from "./revenue-fixture";
import { createTestClient } from "./test-client";

/**
 * A fresh database holding `create`'s fixture for the calling test file, and clients signed in as the fixture's users
 * (each fixture names its sign-ins in `emails`). Planning, segmentation and territory tests share this shape.
 */
export function useSignedInFixture<F extends { emails: Record<string, string> }>(
  create: (database: AttainDatabase) => Promise<F>,
  options: { today?: string } = {},
) {
  let database: AttainDatabase | undefined;
  let fixture: F | undefined;
  beforeAll(async () => {
    database = await openTestDatabase();
    fixture = await create(database);
  });
  afterAll(() => database?.close());
  const ready = () => {
    if (!database || !fixture) throw new Error("useSignedInFixture: used outside a test");
    return { database, fixture };
  };
  return {
    get database() {
      return ready().database;
    },
    get fixture() {
      return ready().fixture;
    },
    async signedIn(who: keyof F["emails"] & string) {
      const client = createTestClient(ready().database, { today: options.today ?? "2026-11-22" });
      await client.signIn(ready().fixture.emails[who] as string, FIXTURE_PASSWORD);
      return client;
    },
  };
}
