import { describe, expect, it } from "vitest";
import { compPlanVersions } from "@attain/db";
import { factoryPlan, insertFebruaryRun, insertJanuaryRun } from "../workflow/test-factory";
import { useCompFixture } from "../workflow/use-comp-fixture";

const env = useCompFixture();
const { signedIn } = env;

const publish = async (periodKey: string) => {
  const finance = await signedIn("finance");
  await finance.post(`/api/comp/periods/${periodKey}/submit`);
  await (await signedIn("dan")).post(`/api/comp/periods/${periodKey}/approve`, { step: "manager" });
  await finance.post(`/api/comp/periods/${periodKey}/approve`, { step: "finance" });
  await finance.post(`/api/comp/periods/${periodKey}/publish`);
};

describe("plan regression", () => {
  it("version 2 at 12 % vs published: Jan Ana 1200.50 + 799.50 → 240.00 (+40.00), Ben 304.997 → 36.60, Feb Ana 1170.00 − 292.50 → 105.30; total −126.35", async () => {
    await insertJanuaryRun(env.db, env.fixture);
    await publish("2026-01");
    await insertFebruaryRun(env.db, env.fixture);
    await publish("2026-02");
    const [component] = factoryPlan.components;
    await env.db.insert(compPlanVersions).values({
      workspaceId: env.fixture.workspaceId,
      planId: env.fixture.plan.id,
      version: 2,
      status: "draft",
      definition: {
        ...factoryPlan,
        version: 2,
        components: [{ ...component!, rate: { kind: "flat", rate: "0.12" } }],
      },
      effectiveFrom: "2026-01-01",
    });
    expect(
      (await (await signedIn("mia")).post("/api/comp/plans/ae-2026/versions/2/regression", { periods: 2 }))
        .status,
    ).toBe(403);
    const finance = await signedIn("finance");
    expect((await finance.post("/api/comp/plans/ae-2026/versions/9/regression", { periods: 2 })).status).toBe(
      404,
    );
    const response = await finance.post("/api/comp/plans/ae-2026/versions/2/regression", { periods: 1 });
    const body = await response.json();
    expect(response.status, JSON.stringify(body)).toBe(200);
    expect(body.periods).toEqual(["2026-02"]);
    const both = await (
      await finance.post("/api/comp/plans/ae-2026/versions/2/regression", { periods: 2 })
    ).json();
    expect(both.periods).toEqual(["2026-01", "2026-02"]);
    expect(
      both.rows.map((r: Record<string, string>) => [
        r.periodKey,
        r.personName,
        r.current,
        r.candidate,
        r.difference,
      ]),
    ).toEqual([
      ["2026-01", "Ana Seller", "200.00", "240.00", "40.00"],
      ["2026-01", "Ben Seller", "130.50", "36.60", "-93.90"], // the 100.00 bonus is not in the candidate plan
      ["2026-01", "Carl Seller", "150.00", "0.00", "-150.00"], // the factory's 150.00 has no order line behind it
      ["2026-02", "Ana Seller", "87.75", "105.30", "17.55"],
      ["2026-02", "Ben Seller", "0", "0.00", "0.00"],
      ["2026-02", "Carl Seller", "300.00", "360.00", "60.00"],
    ]);
    // current 868.25, candidate 741.90: 40.00 − 93.90 − 150.00 + 17.55 + 0.00 + 60.00 = −126.35
    expect(both.summary).toEqual([
      {
        currency: "EUR",
        current: "868.25",
        candidate: "741.90",
        difference: "-126.35",
        payees: 3,
        changed: 5,
      },
    ]);
  });
});
