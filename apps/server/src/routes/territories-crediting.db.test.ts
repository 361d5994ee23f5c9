import { orderLines } from "@attain/db";
import { subtractAmounts } from "@attain/engine";
import { describe, expect, it } from "vitest";
import { aeTestPlan, managerTestPlan } from "../compensation/runs/test-plans";
import { runJobsUntilIdle } from "../jobs/run-jobs-until-idle";
import { useRevenueFixture } from "../test-support/use-revenue-fixture";

// The revenue fixture (comp-runs.db.test.ts): Ana and Ben on 10 % of direct credit. A territory plan from
// 2026-01-01 puts Alpha GmbH in Ben's territory "DE"; Ana books 1000.00 on Alpha on 2026-02-15.
const env = useRevenueFixture({ today: "2026-04-10" });
type Client = Awaited<ReturnType<typeof env.signedIn>>;

async function runQ1(finance: Client): Promise<Record<string, string>> {
  const started = await finance.post("/api/comp/runs", { periodKey: "2026-Q1" });
  expect(started.status).toBe(202);
  const { runId } = await started.json();
  await runJobsUntilIdle(env.database);
  const body = await (await finance.get(`/api/comp/runs/${runId}/results?limit=500`)).json();
  return Object.fromEntries(
    body.items.map((r: { personName: string; payable: string }) => [r.personName, r.payable]),
  );
}

describe("a calculation run credits territories from the published owners only when the settings ask", () => {
  it("Ben gets 10 % × 1000.00 = 100.00 more with territory credit on; Ana's owner credit is the same either way", async () => {
    const finance = await env.signedIn("finance");
    for (const plan of [aeTestPlan(), managerTestPlan()]) {
      expect((await finance.post("/api/comp/plans", { definition: plan })).status).toBe(201);
      expect((await finance.post(`/api/comp/plans/${plan.key}/versions/1/publish`)).status).toBe(200);
    }
    const { workspaceId, people, accounts } = env.fixture;
    for (const [personId, targetIncentive] of [
      [people.ana, "40000"],
      [people.ben, "30000"],
    ] as const)
      expect(
        (
          await finance.post("/api/comp/assignments", {
            personId,
            planKey: "ae-2026",
            validFrom: "2026-01-01",
            targetIncentive,
            currency: "EUR",
          })
        ).status,
      ).toBe(201);
    await env.database.db.insert(orderLines).values({
      workspaceId,
      externalId: "alpha-1",
      orderNumber: "SO-ALPHA-1",
      ownerId: people.ana,
      accountId: accounts.alpha,
      bookingDate: "2026-02-15",
      amount: "1000.00",
      currency: "EUR",
    });

    const plan = await (
      await finance.post("/api/territories/plans", {
        name: "2026",
        effectiveFrom: "2026-01-01",
        seed: "empty",
      })
    ).json();
    const put = await finance.request("PUT", `/api/territories/plans/${plan.id}/territories`, {
      json: {
        baseRevision: 1,
        territories: [
          {
            key: "DE",
            name: "Germany",
            parentKey: null,
            level: "territory",
            namedAccountIds: [accounts.alpha],
            owners: [{ personId: people.ben }],
          },
          {
            key: "FR",
            name: "France",
            parentKey: null,
            level: "territory",
            namedAccountIds: [accounts.gamma],
            owners: [{ personId: people.carl }],
          },
        ],
      },
    });
    expect(put.status).toBe(200);
    const published = await finance.post(`/api/territories/plans/${plan.id}/publish`, { baseRevision: 2 });
    expect(published.status).toBe(200);

    const off = await runQ1(finance);
    await env.database.sql.query(
      `insert into comp_settings (workspace_id, crediting) values ($1, '{"territoryOwners": true}')
       on conflict (workspace_id) do update set crediting = excluded.crediting`,
      [workspaceId],
    );
    const on = await runQ1(finance);
    expect(subtractAmounts(on["Ben Seller"]!, off["Ben Seller"]!)).toBe("100.00");
    expect(on["Ana Seller"]).toBe(off["Ana Seller"]);
  });
});
