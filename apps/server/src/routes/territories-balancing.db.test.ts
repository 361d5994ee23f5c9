import { describe, expect, it } from "vitest";
import { runJobsUntilIdle } from "../jobs/run-jobs-until-idle";
import { useTerritoryFixture } from "../territories/test-support/use-territory-fixture";

const env = useTerritoryFixture();
type Client = Awaited<ReturnType<typeof env.signedIn>>;
type Territory = {
  id: string;
  key: string;
  name: string;
  parentId: string | null;
  level: string;
  rules: unknown[];
};
type Plan = { id: string; revision: number; territories: Territory[] };
const keyed = (plan: Plan) => Object.fromEntries(plan.territories.map((t) => [t.key, t]));

/** Disruption barely weighs: of the two equally balanced splits, the one that moves one account, not two, wins. */
const balanceOnly = { potential: 1, workload: 0, compactness: 0, disruption: 0.01 };

async function seeded(name: string): Promise<{ admin: Client; plan: Plan }> {
  const admin = await env.signedIn("admin");
  const plan = await (
    await admin.post("/api/territories/plans", { name, effectiveFrom: "2027-01-01" })
  ).json();
  return { admin, plan };
}

async function optimise(admin: Client, plan: Plan, body: Record<string, unknown>) {
  const started = await admin.post(`/api/territories/plans/${plan.id}/optimisations`, body);
  expect(started.status).toBe(202);
  const { id, status } = await started.json();
  expect(status).toBe("queued");
  await runJobsUntilIdle(env.database);
  return (await admin.get(`/api/territories/optimisations/${id}`)).json();
}

describe("balancing France (Alpha 1000.00, Bravo 500.00, Charlie 250.50) between Ana and Ben", () => {
  for (const method of ["heuristic", "milp"] as const) {
    it(`${method}: 1750.50 ÷ 2 = 875.25 each at best; Ana keeps Alpha 1000.00, Bravo goes to Ben (750.50)`, async () => {
      const { admin, plan } = await seeded(`Balance ${method}`);
      const t = keyed(plan);
      const run = await optimise(admin, plan, {
        territoryIds: [t.ana!.id, t.ben!.id],
        weights: balanceOnly,
        method,
        timeLimitSeconds: 10,
      });
      expect(run).toMatchObject({ planId: plan.id, status: "done", error: null });
      // The band defaults to ±5% (every territory within 5% of its target potential).
      expect(run.options.band).toBe(0.05);
      // HiGHS ran and proved the optimum; the result says "heuristic" when HiGHS found nothing better than its start.
      if (method === "milp") expect(run.result.solver).toMatchObject({ status: "Optimal" });
      else expect(run.result.solver).toBeNull();
      expect(run.result.moves).toEqual([
        {
          accountId: env.fixture.accounts.bravo,
          name: "Bravo",
          fromTerritoryId: t.ana!.id,
          toTerritoryId: t.ben!.id,
          potential: "500.00",
        },
      ]);
      const after = Object.fromEntries(
        run.result.after.territories.map((l: { territoryId: string; potential: string }) => [
          l.territoryId,
          l.potential,
        ]),
      );
      expect(after).toEqual({ [t.ana!.id]: "1000.00", [t.ben!.id]: "750.50" });
      expect(run.result.before.territories.map((l: { potential: string }) => l.potential).sort()).toEqual([
        "1500.00",
        "250.50",
      ]);

      const applied = await admin.post(`/api/territories/optimisations/${run.id}/apply`, {
        baseRevision: plan.revision,
      });
      expect(applied.status).toBe(200);
      const body = await applied.json();
      expect(keyed(body).ben).toMatchObject({ load: { accounts: 2, potential: "750.50" } });
      expect((await admin.get(`/api/territories/optimisations/${run.id}`).then((r) => r.json())).status).toBe(
        "applied",
      );
      const accounts = await (await admin.get(`/api/territories/plans/${plan.id}/accounts?q=bravo`)).json();
      expect(accounts.accounts[0]).toMatchObject({ source: "optimiser", territoryId: t.ben!.id });
    });
  }

  it("a proposal for an older revision is refused (409) once the plan changed", async () => {
    const { admin, plan } = await seeded("Stale run");
    const t = keyed(plan);
    const run = await optimise(admin, plan, { territoryIds: [t.ana!.id, t.ben!.id], method: "heuristic" });
    expect(run.status).toBe("done");
    const moved = await admin.post(`/api/territories/plans/${plan.id}/moves`, {
      baseRevision: plan.revision,
      moves: [{ accountId: env.fixture.accounts.echo, territoryId: t.carl!.id }],
    });
    const revision = (await moved.json()).revision;
    const refused = await admin.post(`/api/territories/optimisations/${run.id}/apply`, {
      baseRevision: revision,
    });
    expect(refused.status).toBe(409);
    expect(await refused.json()).toMatchObject({
      title: "Plan changed since the run",
      currentRevision: revision,
    });
  });

  it("three accounts into two territories of at most one account each: the run fails naming the capacity", async () => {
    const { admin, plan } = await seeded("Infeasible");
    const parentKey = (tt: Territory) => plan.territories.find((p) => p.id === tt.parentId)?.key ?? null;
    const territories = plan.territories.map((tt) => ({
      key: tt.key,
      name: tt.name,
      parentKey: parentKey(tt),
      level: tt.level,
      rules: tt.rules,
      ...(tt.key === "ana" || tt.key === "ben" ? { maxAccounts: 1 } : {}),
    }));
    const replaced = await admin.request("PUT", `/api/territories/plans/${plan.id}/territories`, {
      json: { baseRevision: plan.revision, territories },
    });
    expect(replaced.status).toBe(200);
    const next: Plan = await replaced.json();
    const t = keyed(next);
    const run = await optimise(admin, next, { territoryIds: [t.ana!.id, t.ben!.id], method: "heuristic" });
    expect(run).toMatchObject({ status: "failed", result: null, error: { title: "Infeasible balancing" } });
    expect(run.error.errors.length).toBeGreaterThan(0);
    expect(JSON.stringify(run.error.errors)).toMatch(/capacity|maxAccounts/i);
  });

  it("a territory out of the plan is 422 by path; viewers may read runs but not start them", async () => {
    const { admin, plan } = await seeded("Scope");
    const bad = await admin.post(`/api/territories/plans/${plan.id}/optimisations`, {
      territoryIds: [keyed(plan).FR!.id],
    });
    expect(bad.status).toBe(422);
    expect((await bad.json()).errors[0].path).toBe("territoryIds[0]");
    const viewer = await env.signedIn("viewer");
    expect((await viewer.post(`/api/territories/plans/${plan.id}/optimisations`, {})).status).toBe(403);
    const rep = await env.signedIn("ana");
    expect((await rep.get(`/api/territories/optimisations/${plan.id}`)).status).toBe(403);
  });
});
