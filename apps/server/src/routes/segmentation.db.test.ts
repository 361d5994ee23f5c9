import { describe, expect, it } from "vitest";
import { useSegmentationFixture } from "../segmentation/test-support/use-segmentation-fixture";

const env = useSegmentationFixture();
const AS_OF = "2026-11-22";

/** Enterprise = 1,000 employees or more; then Software by industry; the rest Other. */
const ruleConfig = {
  kind: "rules",
  rules: [
    { segment: "Enterprise", conditions: [{ field: "employees", op: "between", min: "1000" }] },
    { segment: "Software", conditions: [{ field: "industry", op: "in", values: ["Software"] }] },
  ],
  otherwise: "Other",
};

describe("a rule-based segmentation through the API", () => {
  it("profiles by hand: Enterprise = Beta (1,170.00; won 1 of 2 = 0.5000; growth (0 − 300) ÷ 300 = −1.0000), Software = Alpha + Gamma + Epsilon (1,400.00 over 2 orders = 700.00), Other = Delta (305.00; 0 of 1)", async () => {
    const admin = await env.signedIn("admin");
    const created = await admin.post("/api/segmentation/segmentations", {
      name: "Size",
      config: ruleConfig,
      validFrom: "2026-11-01",
      asOf: AS_OF,
    });
    expect(created.status).toBe(201);
    const run = await created.json();
    expect(run).toMatchObject({
      name: "Size",
      kind: "rules",
      validFrom: "2026-11-01",
      asOf: AS_OF,
      currency: "EUR",
      accounts: 5,
      segmented: 5,
      segments: 3,
      clusters: null,
      warnings: [],
      config: ruleConfig,
    });
    expect(run.profiles).toEqual([
      {
        segment: "Enterprise",
        accounts: 1,
        revenue: "1170.00",
        potential: "0",
        winRate: "0.5000",
        averageOrder: "1170.00",
        growth: "-1.0000",
      },
      {
        segment: "Software",
        accounts: 3,
        revenue: "1400.00",
        potential: "0",
        winRate: "1.0000",
        averageOrder: "700.00",
        growth: null,
      },
      {
        segment: "Other",
        accounts: 1,
        revenue: "305.00",
        potential: "0",
        winRate: "0.0000",
        averageOrder: "305.00",
        growth: null,
      },
    ]);

    const again = await (await admin.get(`/api/segmentation/segmentations/${run.id}`)).json();
    expect(again).toEqual(run);
  });

  it("pages the run's accounts by segment and text; an empty page past the end still counts", async () => {
    const admin = await env.signedIn("admin");
    const [size] = (await (await admin.get("/api/segmentation/segmentations?name=Size")).json())
      .segmentations;
    const software = await (
      await admin.get(`/api/segmentation/segmentations/${size.id}/accounts?segment=Software&limit=2`)
    ).json();
    expect(software.total).toBe(3);
    expect(software.accounts.map((a: { name: string }) => a.name)).toEqual(["Alpha GmbH", "Epsilon SARL"]);
    expect(software.accounts[0]).toMatchObject({ externalId: "acc-alpha", segment: "Software" });
    expect(software.accounts[0].trace.length).toBeGreaterThan(0);
    const byText = await (
      await admin.get(`/api/segmentation/segmentations/${size.id}/accounts?q=ltd`)
    ).json();
    expect(byText.accounts.map((a: { name: string; segment: string }) => [a.name, a.segment])).toEqual([
      ["Beta Ltd", "Enterprise"],
    ]);
    const past = await (
      await admin.get(`/api/segmentation/segmentations/${size.id}/accounts?offset=10`)
    ).json();
    expect(past).toEqual({ total: 5, accounts: [] });
    const none = await (
      await admin.get(`/api/segmentation/segmentations/${size.id}/accounts?segment=`)
    ).json();
    expect(none).toEqual({ total: 0, accounts: [] });
  });

  it("a second run of the same name and date is a 409; a later one becomes the latest, and the account's segment today follows validFrom", async () => {
    const admin = await env.signedIn("admin");
    const body = { name: "Size", config: ruleConfig, validFrom: "2026-11-01", asOf: AS_OF };
    const clash = await admin.post("/api/segmentation/segmentations", body);
    expect(clash.status).toBe(409);
    expect((await clash.json()).errors).toEqual([
      { path: "validFrom", message: '"Size" already has a run from 2026-11-01' },
    ]);
    // From 2026-12-01 (after the clock's today, 2026-11-22) everyone is "All".
    const later = await admin.post("/api/segmentation/segmentations", {
      ...body,
      validFrom: "2026-12-01",
      config: { kind: "rules", rules: [{ segment: "All", conditions: [] }], otherwise: null },
    });
    expect(later.status).toBe(201);
    const list = (await (await admin.get("/api/segmentation/segmentations")).json()).segmentations;
    expect(list.map((s: { name: string; validFrom: string }) => [s.name, s.validFrom])).toEqual([
      ["Size", "2026-12-01"],
    ]);
    const history = (await (await admin.get("/api/segmentation/segmentations?name=Size")).json())
      .segmentations;
    expect(history.map((s: { validFrom: string }) => s.validFrom)).toEqual(["2026-12-01", "2026-11-01"]);

    const beta = await (await admin.get(`/api/segmentation/accounts/${env.fixture.accounts.beta}`)).json();
    expect(beta.potential).toBeNull();
    expect(beta.segments).toHaveLength(1);
    expect(beta.segments[0]).toMatchObject({ name: "Size", segment: "Enterprise", validFrom: "2026-11-01" });
  });

  it("a preview computes without storing: tiers by net bookings, A = the top 40% (2 of 5 accounts: Alpha 1,400.00 + Beta 1,170.00)", async () => {
    const admin = await env.signedIn("finance");
    const before = (await (await admin.get("/api/segmentation/segmentations?name=Bookings tier")).json())
      .segmentations;
    const response = await admin.post("/api/segmentation/preview", {
      name: "Bookings tier",
      asOf: AS_OF,
      config: {
        kind: "tiers",
        basis: "monetary",
        method: "rank",
        tiers: [{ tier: "A", share: "0.4" }, { tier: "B", share: "0.4" }, { tier: "C" }],
      },
    });
    expect(response.status).toBe(200);
    const run = await response.json();
    expect(run).toMatchObject({ id: null, validFrom: null, createdAt: null, accounts: 5, kind: "tiers" });
    expect(run.profiles[0]).toMatchObject({ segment: "A", accounts: 2, revenue: "2570.00" });
    const total = run.profiles.reduce((n: number, p: { accounts: number }) => n + p.accounts, 0);
    expect(total).toBe(5);
    const after = (await (await admin.get("/api/segmentation/segmentations?name=Bookings tier")).json())
      .segmentations;
    expect(after).toEqual(before);
  });
});

describe("bad configs are 422s naming the field; nothing is stored", () => {
  const post = async (config: unknown) => {
    const admin = await env.signedIn("admin");
    const response = await admin.post("/api/segmentation/segmentations", {
      name: "Broken",
      config,
      validFrom: "2026-11-01",
      asOf: AS_OF,
    });
    expect(response.status).toBe(422);
    const list = (await (await admin.get("/api/segmentation/segmentations?name=Broken")).json())
      .segmentations;
    expect(list).toEqual([]);
    return (await response.json()).errors as { path: string; message: string }[];
  };

  it("an unknown field in a rule", async () => {
    const errors = await post({ ...ruleConfig, rules: [{ segment: "X", conditions: [], colour: "red" }] });
    expect(errors).toHaveLength(1);
    expect(errors[0]!.path).toBe("config.rules[0]");
    expect(errors[0]!.message).toContain("colour");
  });

  it("an unknown segment field in a condition", async () => {
    const errors = await post({
      kind: "rules",
      rules: [{ segment: "X", conditions: [{ field: "shoeSize", op: "isNull" }] }],
      otherwise: null,
    });
    expect(errors.map((e) => e.path)).toEqual(["config.rules[0].conditions[0].field"]);
  });

  it("tier shares 0.6 + 0.5 = 1.1, over 1", async () => {
    const errors = await post({
      kind: "tiers",
      basis: "monetary",
      method: "rank",
      tiers: [{ tier: "A", share: "0.6" }, { tier: "B", share: "0.5" }, { tier: "C" }],
    });
    expect(errors).toEqual([
      { path: "config.tiers", message: "tiers: the shares add up to 1.1, more than 1" },
    ]);
  });

  it("kMin 5 above kMax 3", async () => {
    const errors = await post({
      kind: "clusters",
      features: ["monetary", "frequency"],
      logFeatures: ["monetary"],
      kMin: 5,
      kMax: 3,
      seed: 1,
    });
    expect(errors).toEqual([{ path: "config.kMax", message: "kMax 3 is below kMin 5" }]);
  });

  it("an unknown kind", async () => {
    const errors = await post({ kind: "astrology" });
    expect(errors.map((e) => e.path)).toEqual(["config.kind"]);
  });
});

describe("who may do what: planners write; managers, HR and viewers read; reps and marketing nothing", () => {
  const cases = [
    ["admin", 200, 200],
    ["finance", 200, 200],
    ["mia", 200, 403],
    ["hr", 200, 403],
    ["viewer", 200, 403],
    ["ana", 403, 403],
    ["marketing", 403, 403],
  ] as const;
  it.each(cases)("%s: read %i, write %i", async (who, read, write) => {
    const client = await env.signedIn(who);
    const admin = await env.signedIn("admin");
    const [size] = (await (await admin.get("/api/segmentation/segmentations?name=Size")).json())
      .segmentations;
    const reads = [
      "/api/segmentation/segmentations",
      `/api/segmentation/segmentations/${size.id}`,
      `/api/segmentation/segmentations/${size.id}/accounts`,
      `/api/segmentation/accounts/${env.fixture.accounts.alpha}`,
    ];
    for (const path of reads) expect([path, (await client.get(path)).status]).toEqual([path, read]);
    // No model yet: a reader gets 404, the others their 403.
    expect((await client.get("/api/segmentation/potential")).status).toBe(read === 200 ? 404 : 403);
    expect((await client.get("/api/segmentation/potential/accounts")).status).toBe(read === 200 ? 404 : 403);
    const preview = await client.post("/api/segmentation/preview", {
      name: "Size",
      config: ruleConfig,
      asOf: AS_OF,
    });
    expect(preview.status).toBe(write);
    const create = await client.post("/api/segmentation/segmentations", {
      name: `Access ${who}`,
      config: ruleConfig,
      validFrom: "2026-11-01",
      asOf: AS_OF,
    });
    expect(create.status).toBe(write === 200 ? 201 : 403);
  });

  it("signed out: 401; another workspace's run or account: 404", async () => {
    const admin = await env.signedIn("admin");
    const anonymous = await admin.request("POST", "/api/auth/sign-out");
    expect(anonymous.status).toBeLessThan(300);
    expect((await admin.get("/api/segmentation/segmentations")).status).toBe(401);
    const again = await env.signedIn("admin");
    const unknown = "00000000-0000-4000-8000-000000000000";
    expect((await again.get(`/api/segmentation/segmentations/${unknown}`)).status).toBe(404);
    expect((await again.get(`/api/segmentation/accounts/${unknown}`)).status).toBe(404);
    expect((await again.get("/api/segmentation/segmentations/not-a-uuid")).status).toBe(400);
  });
});
