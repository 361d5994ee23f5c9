import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { insertFebruaryRun, insertJanuaryRun } from "../compensation/workflow/test-factory";
import { useCompFixture } from "../compensation/workflow/use-comp-fixture";

const env = useCompFixture();
const { signedIn } = env;

const publish = async (periodKey: string) => {
  const finance = await signedIn("finance");
  await finance.post(`/api/comp/periods/${periodKey}/submit`);
  await (await signedIn("dan")).post(`/api/comp/periods/${periodKey}/approve`, { step: "manager" });
  await finance.post(`/api/comp/periods/${periodKey}/approve`, { step: "finance" });
  expect((await (await finance.post(`/api/comp/periods/${periodKey}/publish`)).json()).status).toBe(
    "published",
  );
};

describe("statements", () => {
  it("Ana's January: lines 120.05 + 79.95 + adjustment 25.50 = payable 225.50", async () => {
    await insertJanuaryRun(env.db, env.fixture);
    const { ana } = env.fixture.people;
    const finance = await signedIn("finance");
    await finance.post("/api/comp/adjustments", {
      personId: ana,
      periodKey: "2026-01",
      amount: "25.50",
      currency: "EUR",
      reason: "Late booking",
    });
    const statement = await (await finance.get(`/api/comp/statements/${ana}/2026-01`)).json();
    expect(statement).toMatchObject({
      payee: { id: ana, externalId: "ana", name: "Ana Seller", jobRole: "ae" },
      plan: { key: "ae-2026", name: "AE 2026", version: 1 },
      period: { key: "2026-01", start: "2026-01-01", end: "2026-01-31" },
      currency: "EUR",
      status: "calculated",
      nextTier: { component: "New business", atRatio: "1.2", creditNeeded: "400.00", rate: "0.12" },
      attainment: { ratio: "1.0000" },
    });
    expect(
      statement.lines.map((l: { transactionId: string; amount: string }) => [l.transactionId, l.amount]),
    ).toEqual([
      ["a1", "120.05"],
      ["a2", "79.95"],
    ]);
    expect(
      statement.adjustments.map((a: { amount: string; reason: string }) => [a.amount, a.reason]),
    ).toEqual([["25.50", "Late booking"]]);
    expect(statement.totals).toEqual({
      earned: "200.00",
      drawAdvance: "0",
      drawRecovered: "0",
      heldBack: "0",
      released: "0",
      onHold: "0",
      resultPayable: "200.00",
      linesTotal: "200.00",
      adjustments: "25.50",
      payable: "225.50",
    });
  });

  it("Carl's holdback: earned 150.00, lines 150.00 − 15.00 = payable 135.00, held back 15.00", async () => {
    const statement = await (
      await (await signedIn("zoe")).get(`/api/comp/statements/${env.fixture.people.carl}/2026-01`)
    ).json();
    expect(statement.totals).toMatchObject({
      earned: "150.00",
      heldBack: "15.00",
      linesTotal: "135.00",
      payable: "135.00",
    });
  });

  it("a rep sees only their own statement, once published; managers their tree; marketing none", async () => {
    const { ana, carl } = env.fixture.people;
    const rep = await signedIn("ana");
    expect((await rep.get(`/api/comp/statements/${ana}/2026-01`)).status).toBe(404);
    expect((await rep.get(`/api/comp/statements/${carl}/2026-01`)).status).toBe(403);
    expect((await (await signedIn("mia")).get(`/api/comp/statements/${carl}/2026-01`)).status).toBe(403);
    expect((await (await signedIn("marketing")).get(`/api/comp/statements/${ana}/2026-01`)).status).toBe(403);
    await publish("2026-01");
    const published = await (await rep.get(`/api/comp/statements/${ana}/2026-01`)).json();
    expect([published.status, published.totals.payable]).toEqual(["published", "225.50"]);
  });

  it("year to date: January 225.50 + February (117.00 − 29.25 = 87.75) = 313.25; a rep's YTD counts published periods only", async () => {
    await insertFebruaryRun(env.db, env.fixture);
    const { ana } = env.fixture.people;
    const statement = await (
      await (await signedIn("finance")).get(`/api/comp/statements/${ana}/2026-02`)
    ).json();
    expect(statement.yearToDate).toEqual({
      fiscalYear: 2026,
      earned: "287.75",
      payable: "313.25",
      byPeriod: [
        { periodKey: "2026-01", status: "published", earned: "200.00", payable: "225.50" },
        { periodKey: "2026-02", status: "calculated", earned: "87.75", payable: "87.75" },
      ],
    });
    await publish("2026-02");
    const rep = await (await (await signedIn("ana")).get(`/api/comp/statements/${ana}/2026-02`)).json();
    expect(rep.yearToDate.payable).toBe("313.25");
  });

  it("the PDF is deterministic: the same statement twice gives the same SHA-256", async () => {
    const rep = await signedIn("ana");
    const path = `/api/comp/statements/${env.fixture.people.ana}/2026-01.pdf`;
    const first = await rep.get(path);
    expect(first.status).toBe(200);
    expect(first.headers.get("content-type")).toBe("application/pdf");
    const a = Buffer.from(await first.arrayBuffer());
    const b = Buffer.from(await (await rep.get(path)).arrayBuffer());
    expect(a.subarray(0, 5).toString()).toBe("%PDF-");
    expect(a.toString("latin1")).toContain("D:20260131000000Z");
    expect(createHash("sha256").update(a).digest("hex")).toBe(createHash("sha256").update(b).digest("hex"));
    expect((await rep.get(`/api/comp/statements/${env.fixture.people.carl}/2026-01.pdf`)).status).toBe(403);
    expect((await rep.get(`/api/comp/statements/${env.fixture.people.ana}/2026-13.pdf`)).status).toBe(400);
  });
});
