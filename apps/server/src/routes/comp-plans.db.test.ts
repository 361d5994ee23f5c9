import { describe, expect, it } from "vitest";
import { aeTestPlan } from "../compensation/runs/test-plans";
import { useRevenueFixture } from "../test-support/use-revenue-fixture";

const env = useRevenueFixture({ today: "2026-03-15" });
const { signedIn } = env;

const yamlPlan = `key: sdr-2026
name: SDR 2026
version: 1
effectiveFrom: "2026-01-01"
effectiveTo: null
currency: EUR
period: quarter
quotaMeasure: bookings
rounding: { mode: half_up, apply: line }
rateTables: []
tierTables: []
variables: []
components:
  - kind: commission
    name: Meetings
    measure: bookings
    rate: { kind: flat, rate: "0.01" }
    evaluation: per_transaction
    reset: quarter
    trueUp: false
draw: null
clawback: null
holdback: null
`;

describe("comp plans API", () => {
  it("creates version 1 as a draft, then version 2 of the same key; lists both with 1 component each", async () => {
    const finance = await signedIn("finance");
    const first = await finance.post("/api/comp/plans", { definition: aeTestPlan() });
    expect(first.status).toBe(201);
    expect(await first.json()).toMatchObject({
      key: "ae-2026",
      name: "AE 2026",
      version: 1,
      status: "draft",
      effectiveFrom: "2026-01-01",
      effectiveTo: "2026-12-31",
      componentCount: 1,
      definition: { key: "ae-2026", version: 1 },
    });
    const second = await finance.post("/api/comp/plans", { definition: { ...aeTestPlan(), version: 7 } });
    expect(await second.json()).toMatchObject({ version: 2, status: "draft", definition: { version: 2 } });
    const list = await (await (await signedIn("viewer")).get("/api/comp/plans")).json();
    const plan = list.items.find((p: { key: string }) => p.key === "ae-2026");
    expect(
      plan.versions.map((v: { version: number; status: string; componentCount: number }) => [
        v.version,
        v.status,
        v.componentCount,
      ]),
    ).toEqual([
      [1, "draft", 1],
      [2, "draft", 1],
    ]);
  });

  it("validates JSON and YAML without saving: ok, or every issue with its path (and line and column for YAML)", async () => {
    const finance = await signedIn("finance");
    const good = await (await finance.post("/api/comp/plans/validate", { yaml: yamlPlan })).json();
    expect(good).toEqual({ ok: true, issues: [] });
    const bad = await (
      await finance.post("/api/comp/plans/validate", { definition: { ...aeTestPlan(), currency: "euro" } })
    ).json();
    expect(bad.ok).toBe(false);
    expect(bad.issues.map((i: { path: string }) => i.path)).toEqual(["currency"]);
    const badYaml = await (
      await finance.post("/api/comp/plans/validate", {
        yaml: yamlPlan.replace("evaluation: per_transaction", "evaluation: sometimes"),
      })
    ).json();
    expect(badYaml.ok).toBe(false);
    expect(badYaml.issues[0]).toMatchObject({ path: "components.0.evaluation", line: 18 });
    const neither = await finance.post("/api/comp/plans/validate", {});
    expect(neither.status).toBe(400);
  });

  it("refuses to save an invalid plan (422 with issues) and saves a valid YAML plan", async () => {
    const finance = await signedIn("finance");
    const invalid = await finance.post("/api/comp/plans", {
      definition: { ...aeTestPlan("bad-1"), components: "x" },
    });
    expect(invalid.status).toBe(422);
    const problem = await invalid.json();
    expect(problem.issues[0].path).toBe("components");
    expect(
      (await (await finance.get("/api/comp/plans")).json()).items.map((p: { key: string }) => p.key),
    ).not.toContain("bad-1");
    const created = await finance.post("/api/comp/plans", { yaml: yamlPlan });
    expect(await created.json()).toMatchObject({ key: "sdr-2026", version: 1, effectiveTo: null });
  });

  it("edits a draft, publishes it, and then refuses edits and a second publish (409)", async () => {
    const finance = await signedIn("finance");
    const path = "/api/comp/plans/ae-2026/versions/2";
    const edited = await finance.request("PUT", path, {
      json: { definition: { ...aeTestPlan(), name: "AE 2026 (v2)" } },
    });
    expect(await edited.json()).toMatchObject({ name: "AE 2026 (v2)", version: 2, status: "draft" });
    const renamed = await finance.request("PUT", path, { json: { definition: aeTestPlan("other-key") } });
    expect(renamed.status).toBe(422);
    const published = await finance.post(`${path}/publish`);
    expect(await published.json()).toMatchObject({ status: "published", publishedBy: expect.any(String) });
    expect((await finance.request("PUT", path, { json: { definition: aeTestPlan() } })).status).toBe(409);
    expect((await finance.post(`${path}/publish`)).status).toBe(409);
    expect((await finance.get("/api/comp/plans/ae-2026/versions/9")).status).toBe(404);
    const events = await env.database.sql.query<{ action: string }>(
      `select e.action from comp_events e join comp_plan_versions v on v.id::text = e.entity_id
       join comp_plans p on p.id = v.plan_id where p.key = 'ae-2026' and e.workspace_id = $1 and v.version = 2 order by e.created_at`,
      [env.fixture.workspaceId],
    );
    expect(events.map((e) => e.action)).toEqual([
      "plan_version.created",
      "plan_version.updated",
      "plan_version.published",
    ]);
  });

  it("never publishes a draft that fails validation (422)", async () => {
    const finance = await signedIn("finance");
    await finance.post("/api/comp/plans", { definition: aeTestPlan("broken-2026") });
    await env.database.sql.query(
      `update comp_plan_versions v set definition = jsonb_set(definition, '{currency}', '"euro"')
       from comp_plans p where p.id = v.plan_id and p.key = 'broken-2026' and p.workspace_id = $1`,
      [env.fixture.workspaceId],
    );
    const response = await finance.post("/api/comp/plans/broken-2026/versions/1/publish");
    expect(response.status).toBe(422);
    expect((await response.json()).detail).toBe("A plan that fails validation cannot be published.");
  });

  it("lets only admins and compensation admins write, and only workspace-wide roles read plans", async () => {
    for (const who of ["mia", "ana", "viewer", "hr"] as const) {
      const client = await signedIn(who);
      expect((await client.post("/api/comp/plans", { definition: aeTestPlan("x") })).status).toBe(403);
    }
    expect((await (await signedIn("ana")).get("/api/comp/plans")).status).toBe(403);
    for (const who of ["marketing", "viewer"] as const)
      expect((await (await signedIn(who)).get("/api/comp/assignments")).status).toBe(403);
    expect((await env.client().get("/api/comp/plans")).status).toBe(401);
    expect(
      (await (await signedIn("admin")).post("/api/comp/plans", { definition: aeTestPlan("admin-plan") }))
        .status,
    ).toBe(201);
  });

  it("assigns people to plans, refusing an overlap for the same person (409)", async () => {
    const finance = await signedIn("finance");
    const { ana } = env.fixture.people;
    const body = {
      personId: ana,
      planKey: "ae-2026",
      validFrom: "2026-01-01",
      validTo: "2026-06-30",
      targetIncentive: "40000.00",
      currency: "EUR",
    };
    const created = await finance.post("/api/comp/assignments", body);
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({
      personName: "Ana Seller",
      planKey: "ae-2026",
      validTo: "2026-06-30",
      targetIncentive: "40000.00",
    });
    const overlap = await finance.post("/api/comp/assignments", {
      ...body,
      planKey: "sdr-2026",
      validFrom: "2026-06-30",
      validTo: null,
    });
    expect(overlap.status).toBe(409);
    const after = await finance.post("/api/comp/assignments", {
      ...body,
      planKey: "sdr-2026",
      validFrom: "2026-07-01",
      validTo: null,
    });
    expect(after.status).toBe(201);
    const list = await (await finance.get(`/api/comp/assignments?personId=${ana}`)).json();
    expect(list.items.map((a: { planKey: string; validFrom: string }) => [a.planKey, a.validFrom])).toEqual([
      ["ae-2026", "2026-01-01"],
      ["sdr-2026", "2026-07-01"],
    ]);
    const unknown = await finance.post("/api/comp/assignments", {
      ...body,
      planKey: "nope",
      validFrom: "2027-01-01",
    });
    expect(unknown.status).toBe(400);
  });

  it("lists assignments (target incentives) in pay scope: HR all, a manager their tree, a rep their own", async () => {
    const finance = await signedIn("finance");
    const { ben } = env.fixture.people;
    const body = {
      personId: ben,
      planKey: "ae-2026",
      validFrom: "2026-01-01",
      targetIncentive: "30000",
      currency: "EUR",
    };
    expect((await finance.post("/api/comp/assignments", body)).status).toBe(201);
    const names = async (who: "hr" | "mia" | "ana" | "ben") =>
      [
        ...new Set(
          (await (await (await signedIn(who)).get("/api/comp/assignments")).json()).items.map(
            (a: { personName: string }) => a.personName,
          ),
        ),
      ].sort();
    expect(await names("hr")).toEqual(["Ana Seller", "Ben Seller"]);
    // Mia's tree today (2026-03-15): Ana (Ben moved to Zoe on 2026-02-01).
    expect(await names("mia")).toEqual(["Ana Seller"]);
    expect(await names("ana")).toEqual(["Ana Seller"]);
    expect(await names("ben")).toEqual(["Ben Seller"]);
    expect((await (await signedIn("marketing")).get("/api/comp/assignments")).status).toBe(403);
  });

  it("lists quotas in scope: a rep their own, and 403 for someone else's", async () => {
    const { ana, carl } = env.fixture.people;
    await env.database.sql.query(
      `insert into comp_quotas (workspace_id, person_id, period_key, amount, currency) values
       ($1, $2, '2026-Q1', 6000.00, 'EUR'), ($1, $3, '2026-Q1', 9000.00, 'EUR')`,
      [env.fixture.workspaceId, ana, carl],
    );
    const rep = await signedIn("ana");
    const own = await (await rep.get("/api/comp/quotas?periodKey=2026-Q1")).json();
    expect(own.items.map((q: { personName: string; amount: string }) => [q.personName, q.amount])).toEqual([
      ["Ana Seller", "6000.00"],
    ]);
    expect((await rep.get(`/api/comp/quotas?personId=${carl}`)).status).toBe(403);
    const all = await (await (await signedIn("hr")).get("/api/comp/quotas?periodKey=2026-Q1")).json();
    expect(all.items).toHaveLength(2);
  });
});
