import { afterAll, beforeAll } from "vitest";
import type { AttainDatabase } from "@attain/db";
import { openTestDatabase } from "../../test-support/open-test-database";
import { FIXTURE_PASSWORD } from "../../test-support/revenue-fixture";
import { createTestClient } from "../../test-support/test-client";
import { createTerritoryFixture, type TerritoryFixture } from "./territory-fixture";

/** A fresh database with the territory fixture for the calling test file, and clients signed in as its users. */
export function useTerritoryFixture(options: { today?: string } = {}) {
  let database: AttainDatabase | undefined;
  let fixture: TerritoryFixture | undefined;
  beforeAll(async () => {
    database = await openTestDatabase();
    fixture = await createTerritoryFixture(database);
  });
  afterAll(() => database?.close());
  const ready = () => {
    if (!database || !fixture) throw new Error("useTerritoryFixture: used outside a test");
    return { database, fixture };
  };
  return {
    get database() {
      return ready().database;
    },
    get fixture() {
      return ready().fixture;
    },
    async signedIn(who: keyof TerritoryFixture["emails"]) {
      const client = createTestClient(ready().database, { today: options.today ?? "2026-11-22" });
      await client.signIn(ready().fixture.emails[who], FIXTURE_PASSWORD);
      return client;
    },
  };
}
