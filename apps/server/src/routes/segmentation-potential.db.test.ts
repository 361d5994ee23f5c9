import { describe, expect, it } from "vitest";
import { loadPlanningDrivers } from "../planning/load-planning-drivers";
import { insertPotentialModel } from "../segmentation/test-support/insert-potential-model";
import { useSegmentationFixture } from "../segmentation/test-support/use-segmentation-fixture";

const env = useSegmentationFixture();

const drivers = () =>
  loadPlanningDrivers(env.database.db, {
    workspaceId: env.fixture.workspaceId,
    measure: "bookings",
    yearStart: "2027-01-01",
    yearEnd: "2027-12-31",
  });

describe("the potential model in force is the latest", () => {
  it("without a model, planning's potential driver is empty (0 for everyone)", async () => {
    expect((await drivers()).potential).toEqual(new Map());
  });

  it("GET potential, its estimates (highest first) and an account's estimate read the latest model: 3,000.00 + 1,000.00 + 250.50 + 10.00 + 0 = 4,260.50", async () => {
    const { workspaceId, accounts } = env.fixture;
    await insertPotentialModel(env.database, {
      workspaceId,
      createdAt: "2026-01-01T00:00:00Z",
      potentials: { [accounts.alpha]: "99999.00", [accounts.beta]: "1.00" },
    });
    const latest = await insertPotentialModel(env.database, {
      workspaceId,
      createdAt: "2026-06-01T00:00:00Z",
      potentials: {
        [accounts.alpha]: "1000.00",
        [accounts.epsilon]: "250.50",
        [accounts.beta]: "3000.00",
        [accounts.delta]: "0",
        [accounts.gamma]: "10.00",
      },
    });
    const viewer = await env.signedIn("viewer");
    const model = await (await viewer.get("/api/segmentation/potential")).json();
    expect(model).toMatchObject({
      id: latest,
      createdAt: "2026-06-01T00:00:00.000Z",
      currency: "EUR",
      accounts: 5,
      totalPotential: "4260.50",
    });
    const page = await (await viewer.get("/api/segmentation/potential/accounts?limit=3")).json();
    expect(page.total).toBe(5);
    expect(page.estimates.map((e: { name: string; potential: string }) => [e.name, e.potential])).toEqual([
      ["Beta Ltd", "3000.00"],
      ["Alpha GmbH", "1000.00"],
      ["Epsilon SARL", "250.50"],
    ]);
    const found = await (await viewer.get("/api/segmentation/potential/accounts?q=gamma")).json();
    expect(found.estimates).toEqual([
      {
        accountId: accounts.gamma,
        name: "Gamma 100% SA",
        externalId: "acc-gamma",
        potential: "10.00",
        predicted: null,
        actual: null,
        basis: "model",
        trace: ["hand-set"],
      },
    ]);
    const alpha = await (await viewer.get(`/api/segmentation/accounts/${accounts.alpha}`)).json();
    expect(alpha.potential).toMatchObject({
      accountId: accounts.alpha,
      potential: "1000.00",
      basis: "model",
    });
  });

  it("planning's potential driver sums each owner's accounts: Ana = Alpha 1,000.00 + Epsilon 250.50 = 1,250.50; Ben = Beta 3,000.00 + Delta 0; Carl = Gamma 10.00", async () => {
    const { ana, ben, carl } = env.fixture.people;
    const potential = (await drivers()).potential;
    expect(Object.fromEntries([...potential].map(([id, amount]) => [id, Number(amount)]))).toEqual({
      [ana]: 1250.5,
      [ben]: 3000,
      [carl]: 10,
    });
    expect(potential.get(ana)).toBe("1250.50");
  });

  it("segmentation reads the potential: thresholds A ≥ 1,000 (Beta, Alpha: 4,000.00), B ≥ 100 (Epsilon: 250.50), C the rest (Gamma, Delta: 10.00)", async () => {
    const admin = await env.signedIn("admin");
    const response = await admin.post("/api/segmentation/preview", {
      name: "Potential tier",
      asOf: "2026-11-22",
      config: {
        kind: "tiers",
        basis: "potential",
        method: "threshold",
        tiers: [{ tier: "A", min: "1000" }, { tier: "B", min: "100" }, { tier: "C" }],
      },
    });
    expect(response.status).toBe(200);
    const run = await response.json();
    expect(
      run.profiles.map((p: { segment: string; accounts: number; potential: string }) => [
        p.segment,
        p.accounts,
        p.potential,
      ]),
    ).toEqual([
      ["A", 2, "4000.00"],
      ["B", 1, "250.50"],
      ["C", 2, "10.00"],
    ]);
  });

  it("fitting a model is for planners only; too few customers is a 422 naming potential.year; a bad body a 400", async () => {
    for (const who of ["mia", "hr", "viewer", "ana", "marketing"] as const) {
      const client = await env.signedIn(who);
      expect([who, (await client.post("/api/segmentation/potential", {})).status]).toEqual([who, 403]);
    }
    const admin = await env.signedIn("admin");
    // No account has employees, annual revenue and 2025 bookings together: too few customers to fit on, nothing stored.
    const tooFew = await admin.post("/api/segmentation/potential", { year: "2025" });
    expect(tooFew.status).toBe(422);
    expect((await tooFew.json()).errors.map((e: { path: string }) => e.path)).toEqual(["potential.year"]);
    const [{ n } = { n: 0 }] = await env.database.sql.query<{ n: number }>(
      "select count(*)::int as n from potential_models where workspace_id = $1",
      [env.fixture.workspaceId],
    );
    expect(n).toBe(2);
    const bad = await admin.post("/api/segmentation/potential", { holdoutShare: "1.5", colour: "red" });
    expect(bad.status).toBe(400);
    expect((await bad.json()).errors.map((e: { path: string }) => e.path).sort()).toEqual([
      "(body)",
      "holdoutShare",
    ]);
  });
});
