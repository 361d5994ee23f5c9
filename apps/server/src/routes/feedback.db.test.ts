import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { exchangeRates, feedbackEntries } from "@attain/db";
import { usePerformanceFixture } from "../goals/use-performance-fixture";

const env = usePerformanceFixture();

describe("feedback entries", () => {
  it("Ann logs feedback on her own lead (201, counted for her); not on someone else's as a rep; a viewer logs nothing (403)", async () => {
    const ann = await env.signedIn("ann");
    const response = await ann.post("/api/feedback", {
      kind: "lead_feedback",
      leadId: env.fixture.leadId,
      receivedOn: "2026-11-20",
      category: "Lead_Quality",
      sentiment: "negative",
      subject: "Student, not a buyer",
    });
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({
      kind: "lead_feedback",
      person: { id: env.fixture.people.ann, name: "Ann Seller" },
      category: "lead_quality",
      channel: "app",
      status: "open",
    });
    const carl = await env.signedIn("carl");
    const other = await carl.post("/api/feedback", {
      kind: "lead_feedback",
      leadId: env.fixture.leadId,
      receivedOn: "2026-11-20",
      subject: "x",
    });
    expect(other.status).toBe(403);
    const viewer = await env.signedIn("viewer");
    expect(
      (
        await viewer.post("/api/feedback", {
          kind: "process_feedback",
          receivedOn: "2026-11-20",
          subject: "x",
        })
      ).status,
    ).toBe(403);
  });

  it("422 naming the field: a complaint without account or severity, a rating on a complaint", async () => {
    const mia = await env.signedIn("mia");
    const response = await mia.post("/api/feedback", {
      kind: "complaint",
      receivedOn: "2026-11-20",
      rating: 2,
      subject: "Late delivery",
    });
    expect(response.status).toBe(422);
    expect((await response.json()).errors.map((e: { path: string }) => e.path)).toEqual([
      "accountId",
      "rating",
      "severity",
    ]);
    const rating = await mia.post("/api/feedback", {
      kind: "customer_feedback",
      accountId: env.fixture.accounts.acme.id,
      receivedOn: "2026-11-20",
      rating: 7,
      subject: "x",
    });
    expect(rating.status).toBe(400);
    expect((await rating.json()).errors[0].path).toBe("rating");
  });

  it("a complaint about Acme is Ann's account's: Ann and Mia see it, Carl does not; resolving checks the day", async () => {
    const hr = await env.signedIn("hr");
    const created = await hr.post("/api/feedback", {
      kind: "complaint",
      accountId: env.fixture.accounts.acme.id,
      receivedOn: "2026-11-10",
      severity: "high",
      category: "delivery",
      subject: "Late delivery",
    });
    expect(created.status).toBe(201);
    const complaint = await created.json();
    expect(complaint.person).toEqual({ id: env.fixture.people.ann, name: "Ann Seller" });
    const subjects = async (who: Parameters<typeof env.signedIn>[0]) =>
      (
        (await (await (await env.signedIn(who)).get("/api/feedback?kind=complaint")).json()).items as {
          subject: string;
        }[]
      ).map((i) => i.subject);
    expect(await subjects("ann")).toEqual(["Late delivery"]);
    expect(await subjects("mia")).toEqual(["Late delivery"]);
    expect(await subjects("carl")).toEqual([]);
    expect(
      (
        await (
          await env.signedIn("carl")
        ).request("PATCH", `/api/feedback/${complaint.id}`, {
          json: { status: "resolved", resolvedOn: "2026-11-12" },
        })
      ).status,
    ).toBe(403);
    const early = await hr.request("PATCH", `/api/feedback/${complaint.id}`, {
      json: { status: "resolved", resolvedOn: "2026-11-01" },
    });
    expect((await early.json()).errors).toEqual([
      { path: "resolvedOn", message: "Cannot be before the complaint was received (2026-11-10)" },
    ]);
    const resolved = await (await env.signedIn("ann")).request("PATCH", `/api/feedback/${complaint.id}`, {
      json: { status: "resolved", resolvedOn: "2026-11-12" },
    });
    expect(await resolved.json()).toMatchObject({ status: "resolved", resolvedOn: "2026-11-12" });
    const page = await (await hr.get("/api/feedback?pageSize=1")).json();
    expect(page).toMatchObject({ page: 1, pageSize: 1, totalRows: 2 });
  });
});

describe("customer feedback import", () => {
  const csv = (rows: string[]) =>
    ["external_id,kind,account,received_on,rating,severity,subject,status,resolved_on", ...rows].join("\n");
  const upload = async (body: string, query = "") =>
    (await env.signedIn("admin")).request("POST", `/api/feedback/import?fileName=feedback.csv${query}`, {
      body,
      headers: { "content-type": "text/csv" },
    });
  const count = async () =>
    (
      await env.database.db
        .select({ id: feedbackEntries.id })
        .from(feedbackEntries)
        .where(eq(feedbackEntries.workspaceId, env.fixture.workspaceId))
    ).length;

  it("rejects the whole file for one bad row (422 listing row and column), writing nothing", async () => {
    const before = await count();
    const { acme, globex } = env.fixture.accounts;
    const response = await upload(
      csv([
        `S-1,feedback,${acme.externalId},2026-11-03,5,,Great onboarding,,`,
        `S-2,complaint,${globex.externalId},2026-11-04,,critical,Outage,resolved,2026-11-02`,
        `S-3,survey,Nobody Inc,2026-11-05,4,,Fine,,`,
      ]),
    );
    expect(response.status).toBe(422);
    expect((await response.json()).report.errors).toEqual([
      { row: 3, column: "resolved_on", message: "Resolved before it was received" },
      { row: 4, column: "account", message: 'account "Nobody Inc" not found (by external id or name)' },
    ]);
    expect(await count()).toBe(before);
  });

  it("a dry run reports 2 inserts and writes nothing; the real run inserts them; re-importing changes nothing; an edit updates", async () => {
    const before = await count();
    const { acme, globex } = env.fixture.accounts;
    const file = csv([
      `S-1,feedback,${acme.externalId},2026-11-03,5,,Great onboarding,,`,
      `S-2,complaint,Globex,2026-11-04,,P1,Outage,closed,2026-11-06`,
    ]);
    const dry = await upload(file, "&dryRun=true");
    expect(await dry.json()).toMatchObject({ status: "committed", dryRun: true, inserted: 2, updated: 0 });
    expect(await count()).toBe(before);
    expect(await (await upload(file)).json()).toMatchObject({
      status: "committed",
      dryRun: false,
      inserted: 2,
    });
    expect(await (await upload(file)).json()).toMatchObject({ inserted: 0, updated: 0, unchanged: 2 });
    const edited = file.replace("Great onboarding", "Great onboarding and support");
    expect(await (await upload(edited)).json()).toMatchObject({ inserted: 0, updated: 1, unchanged: 1 });
    const rows = await env.database.db
      .select()
      .from(feedbackEntries)
      .where(eq(feedbackEntries.externalId, "S-2"));
    expect(rows.filter((r) => r.workspaceId === env.fixture.workspaceId)).toEqual([
      expect.objectContaining({
        kind: "complaint",
        accountId: globex.id,
        personId: env.fixture.people.carl,
        severity: "critical",
        status: "resolved",
        resolvedOn: "2026-11-06",
      }),
    ]);
    expect(
      (await (await env.signedIn("ann")).request("POST", "/api/feedback/import", { body: file })).status,
    ).toBe(403);
  });
});

describe("costs", () => {
  it("admin and comp admin set monthly costs; 422 per row; readers get them back; a rep may not read (403)", async () => {
    await env.database.db
      .insert(exchangeRates)
      .values({ workspaceId: env.fixture.workspaceId, currency: "USD", month: "2026-10-01", rate: "0.9" });
    const finance = await env.signedIn("finance");
    const bad = await finance.request("PUT", "/api/costs", {
      json: {
        rows: [
          { month: "2026-10-15", category: "sales", amount: "10", currency: "EUR" },
          { month: "2026-11", category: "marketing", channel: "events", amount: "5", currency: "USD" },
          { month: "2026-10", category: "sales", amount: "1", currency: "EUR" },
        ],
      },
    });
    expect(bad.status).toBe(422);
    expect((await bad.json()).errors).toEqual([
      { path: "rows.0.month", message: "A cost month is its first day (YYYY-MM-01)" },
      { path: "rows.1.currency", message: "No USD → EUR rate for 2026-11; use EUR or add the rate" },
      { path: "rows.2", message: "Same month, category and channel as rows.0" },
    ]);
    const negative = await finance.request("PUT", "/api/costs", {
      json: { rows: [{ month: "2026-10", category: "sales", amount: "-1", currency: "EUR" }] },
    });
    expect((await negative.json()).errors).toEqual([{ path: "rows.0.amount", message: "Must be 0 or more" }]);
    const good = {
      rows: [
        { month: "2026-10", category: "sales", amount: "120000.00", currency: "EUR", note: "Salaries" },
        { month: "2026-10", category: "marketing", channel: "events", amount: "8000", currency: "USD" },
      ],
    };
    expect((await finance.request("PUT", "/api/costs", { json: good })).status).toBe(200);
    const again = await finance.request("PUT", "/api/costs", {
      json: { rows: [{ month: "2026-10-01", category: "sales", amount: "125000.00", currency: "EUR" }] },
    });
    expect(again.status).toBe(200);
    const list = await (
      await (await env.signedIn("viewer")).get("/api/costs?from=2026-10&to=2026-10")
    ).json();
    expect(
      list.rows.map(
        (r: Record<string, unknown>) => `${r.month} ${r.category} ${r.channel} ${r.amount} ${r.currency}`,
      ),
    ).toEqual(["2026-10 marketing events 8000 USD", "2026-10 sales null 125000.00 EUR"]);
    expect((await (await env.signedIn("ann")).get("/api/costs")).status).toBe(403);
    expect((await (await env.signedIn("mia")).request("PUT", "/api/costs", { json: good })).status).toBe(403);
  });
});
