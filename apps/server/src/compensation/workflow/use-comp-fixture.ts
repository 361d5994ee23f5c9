import { afterAll, beforeAll } from "vitest";
import type { AttainDatabase } from "@attain/db";
import { openTestDatabase } from "../../test-support/open-test-database";
import { FIXTURE_PASSWORD } from "../../test-support/revenue-fixture";
import { createTestClient } from "../../test-support/test-client";
import { createCompFixture } from "./test-factory";

type CompFixture = Awaited<ReturnType<typeof createCompFixture>>;

/** A fresh database with the compensation fixture for the calling test file, and clients signed in as its users. */
export function useCompFixture(options: { today?: string } = {}) {
  let database: AttainDatabase | undefined;
  let fixture: CompFixture | undefined;
  beforeAll(async () => {
    database = await openTestDatabase();
    fixture = await createCompFixture(database);
  });
  afterAll(() => database?.close());
  const ready = () => {
    if (!database || !fixture) throw new Error("useCompFixture: used outside a test");
    return { database, fixture };
  };
  return {
    get database() {
      return ready().database;
    },
    get db() {
      return ready().database.db;
    },
    get fixture() {
      return ready().fixture;
    },
    async signedIn(who: keyof CompFixture["emails"]) {
      const client = createTestClient(ready().database, options);
      await client.signIn(ready().fixture.emails[who], FIXTURE_PASSWORD);
      return client;
    },
  };
}
