import { describe, expect, it } from "vitest";
import { insertFebruaryRun, insertJanuaryRun } from "../compensation/workflow/test-factory";
import { useCompFixture } from "../compensation/workflow/use-comp-fixture";

const env = useCompFixture({ today: "2026-03-15" });
const { signedIn } = env;

describe("the rep's own pay", () => {
  it("earnings so far: January provisional, earned 200.00, payable 200.00 + 25.50 adjustment = 225.50, next tier 400.00 away", async () => {
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
    const me = await (await (await signedIn("ana")).get("/api/comp/me")).json();
    expect(me).toMatchObject({
      person: { id: ana, name: "Ana Seller" },
      periodKey: "2026-01",
      status: "calculated",
      provisional: true,
      plan: { key: "ae-2026", name: "AE 2026", version: 1 },
      currency: "EUR",
      earned: "200.00",
      adjustments: "25.50",
      payable: "225.50",
      attainment: { ratio: "1.0000", ytdRatio: "1.0000" },
      nextTier: { component: "New business", atRatio: "1.2", creditNeeded: "400.00", rate: "0.12" },
      latestStatement: null,
    });
  });

  it("after publication the latest statement is linked; with February, YTD payable = 225.50 + 87.75 = 313.25", async () => {
    const finance = await signedIn("finance");
    await finance.post("/api/comp/periods/2026-01/submit");
    await (await signedIn("dan")).post("/api/comp/periods/2026-01/approve", { step: "manager" });
    await finance.post("/api/comp/periods/2026-01/approve", { step: "finance" });
    await finance.post("/api/comp/periods/2026-01/publish");
    await insertFebruaryRun(env.db, env.fixture);
    const { ana } = env.fixture.people;
    const me = await (await (await signedIn("ana")).get("/api/comp/me")).json();
    expect(me).toMatchObject({
      periodKey: "2026-02",
      provisional: true,
      earned: "87.75",
      payable: "87.75",
      latestStatement: {
        periodKey: "2026-01",
        url: `/api/comp/statements/${ana}/2026-01`,
        pdfUrl: `/api/comp/statements/${ana}/2026-01.pdf`,
      },
    });
    expect(me.yearToDate).toMatchObject({ earned: "287.75", payable: "313.25" });
    const january = await (await (await signedIn("ana")).get("/api/comp/me?periodKey=2026-01")).json();
    expect([january.provisional, january.payable]).toEqual([false, "225.50"]);
    expect((await (await signedIn("admin")).get("/api/comp/me")).status).toBe(403); // no person
  });

  it("what if Ana closes 'Alpha platform' (12,000.00 EUR) today: 10 % = 1,200.00 more this period", async () => {
    const rep = await signedIn("ana");
    const response = await rep.get("/api/comp/me/what-if");
    const body = await response.json();
    expect(response.status, JSON.stringify(body)).toBe(200);
    expect(body).toMatchObject({ periodKey: "2026-03", planKey: "ae-2026", planCurrency: "EUR" });
    expect(body.items).toHaveLength(1);
    expect(body.items[0]).toMatchObject({
      name: "Alpha platform",
      amount: "12000.00",
      currency: "EUR",
      share: "1",
      estimatedCommission: "1200.00",
      problem: null,
    });
    expect(body.items[0].trace.at(-1).rule).toBe("what-if");
    const one = await rep.get(`/api/comp/me/what-if?opportunityId=${body.items[0].opportunityId}`);
    expect(
      (await one.json()).items.map((i: { estimatedCommission: string }) => i.estimatedCommission),
    ).toEqual(["1200.00"]);
    const carls = await rep.get("/api/comp/me/what-if?opportunityId=00000000-0000-4000-8000-000000000000");
    expect(carls.status).toBe(404);
  });
});
