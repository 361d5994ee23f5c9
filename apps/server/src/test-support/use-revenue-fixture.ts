import { afterAll, beforeAll } from "vitest";
import type { AttainDatabase } from "@attain/db";
import { openTestDatabase } from "./open-test-database";
import { createRevenueFixture, FIXTURE_PASSWORD } from "./revenue-fixture";
import { createTestClient } from "./test-client";

type RevenueFixture = Awaited<ReturnType<typeof createRevenueFixture>>;

/**
 * Opens the test database and creates the revenue fixture once for the calling test file (closed after it), and
 * signs clients in as any of the fixture's users.
 */
export function useRevenueFixture(options: { today?: string } = {}) {
  let database: AttainDatabase | undefined;
  let fixture: RevenueFixture | undefined;
  beforeAll(async () => {
    database = await openTestDatabase();
    fixture = await createRevenueFixture(database);
  });
  afterAll(() => database?.close());

  const ready = () => {
    if (!database || !fixture) throw new Error("useRevenueFixture: used outside a test");
    return { database, fixture };
  };
  return {
    get database() {
      return ready().database;
    },
    get fixture() {
      return ready().fixture;
    },
    client: () => createTestClient(ready().database, options),
    async signedIn(who: keyof RevenueFixture["emails"]) {
      const client = createTestClient(ready().database, options);
      await client.signIn(ready().fixture.emails[who], FIXTURE_PASSWORD);
      return client;
    },
  };
}
