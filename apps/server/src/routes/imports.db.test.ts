import { describe, expect, it } from "vitest";
import { and, count, eq } from "drizzle-orm";
import { accounts } from "@attain/db";
import { useRevenueFixture } from "../test-support/use-revenue-fixture";
import { TEST_ORIGIN, type TestResponse } from "../test-support/test-client";

const env = useRevenueFixture();
const { signedIn } = env;

function upload(
  client: Awaited<ReturnType<typeof env.signedIn>>,
  entity: string,
  name: string,
  content: string,
  query = "",
) {
  const form = new FormData();
  form.append("file", new Blob([content], { type: "text/csv" }), name);
  return postForm(client, `/api/imports/${entity}${query}`, form);
}

function postForm(client: Awaited<ReturnType<typeof env.signedIn>>, path: string, form: FormData) {
  return client.app.request(`${TEST_ORIGIN}${path}`, {
    method: "POST",
    headers: { cookie: client.cookie!, origin: TEST_ORIGIN },
    body: form,
  }) as Promise<TestResponse>;
}

const accountCount = async () =>
  (
    await env.database.db
      .select({ n: count() })
      .from(accounts)
      .where(eq(accounts.workspaceId, env.fixture.workspaceId))
  )[0]!.n;

// Semicolons, a BOM, CRLF and French headers: what an export from a French CRM looks like.
const goodFile =
  "\uFEFFAccount ID;Raison sociale;Secteur;Effectif;Pays\r\nX-1;Delta SARL;Retail;45;France\r\nX-2;Epsilon AG;Manufacturing;1200;Allemagne\r\n";

describe("POST /api/imports/{entity}", () => {
  it("imports a multipart CSV upload, then reports everything unchanged on a second upload", async () => {
    const admin = await signedIn("admin");
    const before = await accountCount();
    const first = await upload(admin, "accounts", "accounts.csv", goodFile);
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({
      status: "committed",
      rowsRead: 2,
      inserted: 2,
      updated: 0,
      rejected: 0,
    });
    expect(await accountCount()).toBe(before + 2);
    const [delta] = await env.database.db
      .select()
      .from(accounts)
      .where(and(eq(accounts.workspaceId, env.fixture.workspaceId), eq(accounts.externalId, "X-1")));
    expect(delta).toMatchObject({ name: "Delta SARL", industry: "Retail", employees: 45, countryCode: "FR" });

    const again = await upload(admin, "accounts", "accounts.csv", goodFile);
    expect(await again.json()).toMatchObject({ status: "committed", inserted: 0, updated: 0, unchanged: 2 });
    expect(await accountCount()).toBe(before + 2);
  });

  it("rejects a file with a bad row as a 422 problem naming row and column, and writes nothing", async () => {
    const admin = await signedIn("admin");
    const before = await accountCount();
    const response = await upload(
      admin,
      "accounts",
      "bad.csv",
      "Account ID,Name,Employees\nY-1,Zeta,10\nY-2,Eta,lots\n",
    );
    expect(response.status).toBe(422);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    const problem = await response.json();
    expect(problem.title).toBe("Import rejected");
    expect(problem.errors).toHaveLength(1);
    expect(problem.errors[0].path).toMatch(/^row 3, column Employees$/i);
    expect(problem.report).toMatchObject({ status: "rejected", rowsRead: 2, inserted: 0, rejected: 1 });
    expect(await accountCount()).toBe(before);
  });

  it("imports only the valid rows when asked (mode=valid_rows)", async () => {
    const admin = await signedIn("admin");
    const response = await upload(
      admin,
      "accounts",
      "mixed.csv",
      "Account ID,Name,Employees\nV-1,Theta,10\nV-2,Iota,lots\n",
      "?mode=valid_rows",
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: "partially_committed", inserted: 1, rejected: 1 });
  });

  it("refuses a role that does not own the data (a rep importing accounts: 403) and an unknown entity (404)", async () => {
    expect((await upload(await signedIn("ana"), "accounts", "a.csv", goodFile)).status).toBe(403);
    expect((await upload(await signedIn("hr"), "order-lines", "a.csv", goodFile)).status).toBe(403);
    expect((await upload(await signedIn("admin"), "spaceships", "a.csv", goodFile)).status).toBe(404);
  });

  it("refuses a multipart body without a `file` field", async () => {
    const admin = await signedIn("admin");
    const form = new FormData();
    form.append("other", "x");
    const response = await postForm(admin, "/api/imports/accounts", form);
    expect(response.status).toBe(400);
    expect((await response.json()).title).toBe("No file");
  });

  it("accepts the raw file as the body", async () => {
    const admin = await signedIn("admin");
    const response = await admin.request("POST", "/api/imports/accounts?fileName=raw.csv", {
      body: "Account ID,Name\nR-1,Kappa\n",
      headers: { "content-type": "text/csv" },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: "committed", inserted: 1 });
  });

  it("lists importable entities with their fields", async () => {
    const entities = await (await (await signedIn("viewer")).get("/api/imports/entities")).json();
    const names = entities.map((e: { entity: string }) => e.entity);
    expect(names).toEqual(
      expect.arrayContaining(["accounts", "people", "opportunities", "order-lines", "leads"]),
    );
  });
});
