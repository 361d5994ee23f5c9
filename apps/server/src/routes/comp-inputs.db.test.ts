import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type AttainDatabase,
  compCreditSplits,
  compEvents,
  compHolds,
  compMboScores,
  compPeriods,
  compSettings,
  opportunities,
  orderLines,
} from "@attain/db";
import { loadCreditingRules } from "../compensation/calculation/load-crediting-rules";
import { loadQuotaPolicy } from "../compensation/calculation/load-quota-policy";
import { openTestDatabase } from "../test-support/open-test-database";
import { createRevenueFixture, FIXTURE_PASSWORD } from "../test-support/revenue-fixture";
import { createTestClient } from "../test-support/test-client";

const NOW = "2026-03-15T12:00:00.000Z";
const clock = { now: () => new Date(NOW), today: () => "2026-03-15" };
const unknownId = "00000000-0000-4000-8000-000000000000";

let database: AttainDatabase;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database?.close());

type Who = keyof Awaited<ReturnType<typeof createRevenueFixture>>["emails"];

/** A fresh Acme workspace (Dan directs Mia and Zoe; Ana → Mia; Ben → Mia until 2026-02-01, then Zoe; Carl → Zoe). */
async function freshWorkspace() {
  const fixture = await createRevenueFixture(database);
  const { workspaceId } = fixture;
  const as = async (who: Who) => {
    const client = createTestClient(database, { clock });
    const me = await client.signIn(fixture.emails[who], FIXTURE_PASSWORD);
    return {
      ...client,
      userId: me.id as string,
      put: (path: string, json: unknown) => client.request("PUT", path, { json }),
    };
  };
  const opportunity = async (externalId: string) => {
    const [row] = await database.db
      .select({ id: opportunities.id })
      .from(opportunities)
      .where(and(eq(opportunities.workspaceId, workspaceId), eq(opportunities.externalId, externalId)));
    return row!.id;
  };
  const orderLine = async (externalId: string) => {
    const [row] = await database.db
      .select({ id: orderLines.id })
      .from(orderLines)
      .where(and(eq(orderLines.workspaceId, workspaceId), eq(orderLines.externalId, externalId)));
    return row!.id;
  };
  const events = (entity: string) =>
    database.db
      .select({
        actorId: compEvents.actorId,
        action: compEvents.action,
        entityId: compEvents.entityId,
        before: compEvents.before,
        after: compEvents.after,
      })
      .from(compEvents)
      .where(and(eq(compEvents.workspaceId, workspaceId), eq(compEvents.entity, entity)))
      .orderBy(asc(compEvents.seq));
  return { fixture, people: fixture.people, workspaceId, as, opportunity, orderLine, events };
}

const paths = async (response: Response) =>
  ((await response.json()) as { errors: { path: string }[] }).errors.map((e) => e.path);

describe("MBO scores", () => {
  it("Mia scores Ana 0.85 then 1.10 for 2026-01: one row, exact values, audited as created then updated", async () => {
    const w = await freshWorkspace();
    const mia = await w.as("mia");
    const body = {
      personId: w.people.ana,
      periodKey: "2026-01",
      component: "Objectives",
      objective: "pipeline",
      score: "0.85",
      comment: "Strong pipeline",
    };
    const first = await mia.put("/api/comp/mbo-scores", body);
    expect(first.status).toBe(200);
    const created = await first.json();
    expect(created).toEqual({
      id: expect.any(String),
      personId: w.people.ana,
      personName: "Ana Seller",
      periodKey: "2026-01",
      component: "Objectives",
      objective: "pipeline",
      score: "0.85",
      comment: "Strong pipeline",
      scoredBy: mia.userId,
      scoredAt: NOW,
    });
    const second = await mia.put("/api/comp/mbo-scores", { ...body, score: "1.10", comment: undefined });
    const updated = await second.json();
    expect(updated).toEqual({ ...created, score: "1.10", comment: null });

    const rows = await database.db
      .select()
      .from(compMboScores)
      .where(eq(compMboScores.workspaceId, w.workspaceId));
    expect(rows.map((r) => [r.personId, r.periodKey, r.component, r.objective, r.score, r.comment])).toEqual([
      [w.people.ana, "2026-01", "Objectives", "pipeline", "1.10", null],
    ]);
    expect(await w.events("comp_mbo_score")).toEqual([
      {
        actorId: mia.userId,
        action: "mbo_score.created",
        entityId: created.id,
        before: null,
        after: created,
      },
      {
        actorId: mia.userId,
        action: "mbo_score.updated",
        entityId: created.id,
        before: created,
        after: updated,
      },
    ]);
    const list = await (await mia.get("/api/comp/mbo-scores?periodKey=2026-01")).json();
    expect(list.items).toEqual([updated]);
  });

  it("only the person's managers on the period's last day (or comp admins) score: Ben is Mia's in 2026-01, Zoe's in 2026-02 and 2026-Q1", async () => {
    const w = await freshWorkspace();
    const score = (periodKey: string, personId = w.people.ben) => ({
      personId,
      periodKey,
      component: "Objectives",
      objective: "hiring",
      score: "0.5",
    });
    const [mia, zoe, dan, ana, hr, finance, admin] = [
      await w.as("mia"),
      await w.as("zoe"),
      await w.as("dan"),
      await w.as("ana"),
      await w.as("hr"),
      await w.as("finance"),
      await w.as("admin"),
    ];
    const status = async (client: Awaited<ReturnType<typeof w.as>>, body: unknown) =>
      (await client.put("/api/comp/mbo-scores", body)).status;
    expect(await status(mia, score("2026-01"))).toBe(200);
    expect(await status(mia, score("2026-02"))).toBe(403);
    expect(await status(zoe, score("2026-01"))).toBe(403);
    expect(await status(zoe, score("2026-02"))).toBe(200);
    expect(await status(zoe, score("2026-Q1"))).toBe(200); // ends 2026-03-31
    expect(await status(mia, score("2026-Q1"))).toBe(403);
    expect(await status(dan, score("2026-02"))).toBe(200); // the director's tree holds both teams
    expect(await status(mia, score("2026-01", w.people.mia))).toBe(403); // not themself
    expect(await status(ana, score("2026-01", w.people.ana))).toBe(403);
    expect(await status(hr, score("2026-01"))).toBe(403);
    expect(await status(finance, score("2026"))).toBe(200);
    expect(await status(admin, score("2026-03", w.people.carl))).toBe(200);
    const refused = await mia.put("/api/comp/mbo-scores", score("2026-02"));
    expect((await refused.json()).detail).toBe(
      "Only the person's managers (on 2026-02-28, the period's last day) and compensation admins may score them.",
    );
  });

  it("reads: a rep sees their own, a manager their tree on the period's last day, viewers none", async () => {
    const w = await freshWorkspace();
    const finance = await w.as("finance");
    for (const [personId, periodKey] of [
      [w.people.ana, "2026-01"],
      [w.people.ben, "2026-01"],
      [w.people.ben, "2026-02"],
      [w.people.carl, "2026-02"],
    ] as const) {
      const body = { personId, periodKey, component: "Objectives", objective: "pipeline", score: "0.7" };
      expect((await finance.put("/api/comp/mbo-scores", body)).status).toBe(200);
    }
    const who = async (client: Awaited<ReturnType<typeof w.as>>, query: string) => {
      const response = await client.get(`/api/comp/mbo-scores${query}`);
      expect(response.status).toBe(200);
      return ((await response.json()).items as { personName: string; periodKey: string }[]).map(
        (s) => `${s.periodKey} ${s.personName}`,
      );
    };
    expect(await who(finance, "")).toEqual([
      "2026-01 Ana Seller",
      "2026-01 Ben Seller",
      "2026-02 Ben Seller",
      "2026-02 Carl Seller",
    ]);
    const mia = await w.as("mia");
    expect(await who(mia, "?periodKey=2026-01")).toEqual(["2026-01 Ana Seller", "2026-01 Ben Seller"]);
    expect(await who(mia, "?periodKey=2026-02")).toEqual([]);
    expect(await who(await w.as("zoe"), "?periodKey=2026-02")).toEqual([
      "2026-02 Ben Seller",
      "2026-02 Carl Seller",
    ]);
    const ben = await w.as("ben");
    expect(await who(ben, "")).toEqual(["2026-01 Ben Seller", "2026-02 Ben Seller"]);
    expect(await who(ben, `?personId=${w.people.ben}&periodKey=2026-02`)).toEqual(["2026-02 Ben Seller"]);
    expect((await ben.get(`/api/comp/mbo-scores?personId=${w.people.ana}`)).status).toBe(403);
    expect((await (await w.as("viewer")).get("/api/comp/mbo-scores")).status).toBe(403);
  });

  it("validation: period key, score ≥ 0 as a decimal string, non-empty names (400); unknown person (422); final period (409)", async () => {
    const w = await freshWorkspace();
    const finance = await w.as("finance");
    const valid = {
      personId: w.people.ana,
      periodKey: "2026-01",
      component: "Objectives",
      objective: "pipeline",
      score: "0.9",
    };
    const bad = await finance.put("/api/comp/mbo-scores", {
      ...valid,
      periodKey: "2026-13",
      score: "-0.5",
      component: " ",
    });
    expect(bad.status).toBe(400);
    expect(await paths(bad)).toEqual(["periodKey", "component", "score"]);
    expect(await paths(await finance.put("/api/comp/mbo-scores", { ...valid, score: 0.9 }))).toEqual([
      "score",
    ]);
    expect(await paths(await finance.get("/api/comp/mbo-scores?periodKey=2026-Q5"))).toEqual([
      "query.periodKey",
    ]);
    const unknown = await finance.put("/api/comp/mbo-scores", { ...valid, personId: unknownId });
    expect(unknown.status).toBe(422);
    expect((await unknown.json()).errors).toEqual([
      { path: "personId", message: "No person with this id in the workspace" },
    ]);
    await database.db.insert(compPeriods).values({
      workspaceId: w.workspaceId,
      periodKey: "2026-01",
      periodStart: "2026-01-01",
      periodEnd: "2026-01-31",
      status: "published",
    });
    const final = await finance.put("/api/comp/mbo-scores", valid);
    expect(final.status).toBe(409);
    expect((await final.json()).detail).toBe(
      "Period 2026-01 is published; its inputs can no longer change (correct it with an adjustment in an open period).",
    );
    expect((await finance.put("/api/comp/mbo-scores", { ...valid, periodKey: "2026-02" })).status).toBe(200);
    expect(await w.events("comp_mbo_score")).toHaveLength(1);
  });
});

describe("holds", () => {
  it("finance holds Ana and line a1, releases Ana's hold once (409 the second time), all audited", async () => {
    const w = await freshWorkspace();
    const finance = await w.as("finance");
    const a1 = await w.orderLine("a1");
    const personHold = await finance.post("/api/comp/holds", {
      personId: w.people.ana,
      reason: "Contract review",
    });
    expect(personHold.status).toBe(201);
    const onAna = await personHold.json();
    expect(onAna).toEqual({
      id: expect.any(String),
      personId: w.people.ana,
      transactionId: null,
      reason: "Contract review",
      placedBy: finance.userId,
      placedAt: NOW,
      releasedBy: null,
      releasedAt: null,
      active: true,
    });
    const onLine = await (
      await finance.post("/api/comp/holds", { transactionId: a1, reason: "Unpaid invoice" })
    ).json();
    expect(onLine).toMatchObject({
      personId: null,
      transactionId: a1,
      reason: "Unpaid invoice",
      active: true,
    });

    const released = await finance.post(`/api/comp/holds/${onAna.id}/release`);
    expect(released.status).toBe(200);
    const afterRelease = await released.json();
    expect(afterRelease).toEqual({ ...onAna, releasedBy: finance.userId, releasedAt: NOW, active: false });
    const again = await finance.post(`/api/comp/holds/${onAna.id}/release`);
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({
      detail: `Hold ${onAna.id} was released at ${NOW}; a hold is released once.`,
      releasedAt: NOW,
      releasedBy: finance.userId,
    });

    const ids = async (query: string) =>
      ((await (await finance.get(`/api/comp/holds${query}`)).json()).items as { id: string }[]).map(
        (h) => h.id,
      );
    expect(await ids("?active=true")).toEqual([onLine.id]);
    expect(await ids("?active=false")).toEqual([onAna.id]);
    expect((await ids("")).sort()).toEqual([onAna.id, onLine.id].sort());
    const [row] = await database.db.select().from(compHolds).where(eq(compHolds.id, onAna.id));
    expect(row?.releasedAt?.toISOString()).toBe(NOW);
    expect(row?.releasedBy).toBe(finance.userId);

    const events = await w.events("comp_hold");
    expect(events.filter((e) => e.entityId === onAna.id)).toEqual([
      { actorId: finance.userId, action: "hold.placed", entityId: onAna.id, before: null, after: onAna },
      {
        actorId: finance.userId,
        action: "hold.released",
        entityId: onAna.id,
        before: onAna,
        after: afterRelease,
      },
    ]);
    expect(events).toHaveLength(3);
  });

  it("writes are for comp admins; targets must exist in the workspace; one active hold per target", async () => {
    const w = await freshWorkspace();
    const other = await freshWorkspace();
    const foreignLine = await other.orderLine("a1");
    const finance = await w.as("finance");
    expect(
      (await (await w.as("ana")).post("/api/comp/holds", { personId: w.people.ana, reason: "x" })).status,
    ).toBe(403);
    expect(
      (await (await w.as("mia")).post("/api/comp/holds", { personId: w.people.ana, reason: "x" })).status,
    ).toBe(403);
    const noTarget = await finance.post("/api/comp/holds", { reason: "Why" });
    expect(noTarget.status).toBe(400);
    expect((await noTarget.json()).errors).toEqual([
      { path: "personId", message: "Give personId, transactionId or both" },
    ]);
    expect(
      await paths(await finance.post("/api/comp/holds", { personId: w.people.ana, reason: "" })),
    ).toEqual(["reason"]);
    const missing = await finance.post("/api/comp/holds", {
      personId: other.people.ana,
      transactionId: foreignLine,
      reason: "Wrong workspace",
    });
    expect(missing.status).toBe(422);
    expect((await missing.json()).errors).toEqual([
      { path: "personId", message: "No person with this id in the workspace" },
      { path: "transactionId", message: "No order line with this id in the workspace" },
    ]);
    const first = await (
      await finance.post("/api/comp/holds", { personId: w.people.ben, reason: "Leaver" })
    ).json();
    const twice = await finance.post("/api/comp/holds", { personId: w.people.ben, reason: "Leaver" });
    expect(twice.status).toBe(409);
    expect((await twice.json()).holdId).toBe(first.id);
    expect((await (await w.as("ben")).post(`/api/comp/holds/${first.id}/release`)).status).toBe(403);
    expect((await finance.post(`/api/comp/holds/${unknownId}/release`)).status).toBe(404);
    expect((await (await other.as("finance")).post(`/api/comp/holds/${first.id}/release`)).status).toBe(404);
    expect(await w.events("comp_hold")).toHaveLength(1);
  });

  it("reads follow pay scope: Ana sees the holds on herself and her lines, not Carl's; viewers none", async () => {
    const w = await freshWorkspace();
    const finance = await w.as("finance");
    const place = async (body: object) =>
      (await (await finance.post("/api/comp/holds", body)).json()).id as string;
    const onAna = await place({ personId: w.people.ana, reason: "a" });
    const onAnasLine = await place({ transactionId: await w.orderLine("a2"), reason: "b" });
    await place({ personId: w.people.carl, reason: "c" });
    await place({ transactionId: await w.orderLine("c1"), reason: "d" });
    const ana = await (await (await w.as("ana")).get("/api/comp/holds?active=true")).json();
    expect(ana.items.map((h: { id: string }) => h.id).sort()).toEqual([onAna, onAnasLine].sort());
    expect((await (await (await w.as("zoe")).get("/api/comp/holds")).json()).items).toHaveLength(2);
    expect((await (await w.as("viewer")).get("/api/comp/holds")).status).toBe(403);
    expect(await paths(await finance.get("/api/comp/holds?active=yes"))).toEqual(["query.active"]);
  });
});

describe("crediting settings", () => {
  const defaults = {
    owner: true,
    rollup: { levels: "all" },
    duplicatePolicy: "keep_highest",
    territories: [],
    territoryOwners: false,
    relationships: [],
    team: null,
  };

  it("defaults until saved; a saved document is returned, stored, read by the calculation and audited", async () => {
    const w = await freshWorkspace();
    const finance = await w.as("finance");
    expect(await (await finance.get("/api/comp/settings/crediting")).json()).toEqual(defaults);
    const settings = {
      owner: true,
      rollup: { levels: 2 },
      duplicatePolicy: "sum",
      territories: [
        {
          territoryId: "dach",
          personId: w.people.carl,
          share: "0.5",
          role: "overlay",
          validFrom: "2026-01-01",
        },
      ],
      relationships: [
        {
          accountId: w.fixture.accounts.alpha,
          personId: w.people.ben,
          role: "team",
          share: "0.25",
          validFrom: "2026-01-01",
          validTo: "2027-01-01",
        },
      ],
      team: { share: "0.1" },
    };
    const saved = await finance.put("/api/comp/settings/crediting", settings);
    expect(saved.status).toBe(200);
    const stored = {
      ...settings,
      territories: [{ ...settings.territories[0], validTo: null }],
      territoryOwners: false,
    };
    expect(await saved.json()).toEqual(stored);
    expect(await (await (await w.as("viewer")).get("/api/comp/settings/crediting")).json()).toEqual(stored);
    const [row] = await database.db
      .select()
      .from(compSettings)
      .where(eq(compSettings.workspaceId, w.workspaceId));
    expect(row?.crediting).toEqual(stored);
    expect(row?.updatedAt.toISOString()).toBe(NOW);
    const rules = await loadCreditingRules(database.sql, w.workspaceId);
    expect([rules.owner, rules.rollup, rules.duplicatePolicy]).toEqual([true, { levels: 2 }, "sum"]);
    // Named relationships and explicit territory credits (territory id = a published territory key) reach the engine;
    // the published owners are added only with territoryOwners, which stays off here.
    expect([rules.relationships, rules.territories]).toEqual([settings.relationships, stored.territories]);

    const next = { ...defaults, owner: false, rollup: null };
    expect(await (await finance.put("/api/comp/settings/crediting", next)).json()).toEqual(next);
    expect(await w.events("comp_settings")).toEqual([
      {
        actorId: finance.userId,
        action: "crediting_settings.updated",
        entityId: w.workspaceId,
        before: null,
        after: stored,
      },
      {
        actorId: finance.userId,
        action: "crediting_settings.updated",
        entityId: w.workspaceId,
        before: stored,
        after: next,
      },
    ]);
  });

  it("validation names each field: shares in (0, 1], real dates, validTo after validFrom, levels ≥ 1 or 'all'; unknown people and accounts are 422", async () => {
    const w = await freshWorkspace();
    const finance = await w.as("finance");
    const bad = await finance.put("/api/comp/settings/crediting", {
      owner: true,
      rollup: { levels: 0 },
      duplicatePolicy: "keep_all",
      territories: [
        { territoryId: "fr", personId: w.people.ana, share: "1.5", role: "rollup", validFrom: "2026-02-30" },
        {
          territoryId: "uk",
          personId: w.people.ana,
          share: "0",
          role: "direct",
          validFrom: "2026-02-01",
          validTo: "2026-01-01",
        },
      ],
      team: { share: "0.10.1" },
    });
    expect(bad.status).toBe(400);
    expect(await paths(bad)).toEqual([
      "rollup.levels",
      "duplicatePolicy",
      "territories.0.share",
      "territories.0.role",
      "territories.0.validFrom",
      "territories.1.share",
      "territories.1.validTo",
      "team.share",
    ]);
    const unknown = await finance.put("/api/comp/settings/crediting", {
      ...defaults,
      relationships: [
        { accountId: unknownId, personId: unknownId, role: "overlay", share: "1", validFrom: "2026-01-01" },
      ],
    });
    expect(unknown.status).toBe(422);
    expect(await paths(unknown)).toEqual(["relationships.0.accountId", "relationships.0.personId"]);
    expect((await (await w.as("ana")).put("/api/comp/settings/crediting", defaults)).status).toBe(403);
    expect((await (await w.as("mia")).get("/api/comp/settings/crediting")).status).toBe(403);
    expect(await w.events("comp_settings")).toEqual([]);
  });
});

describe("quota settings", () => {
  it("defaults to days and each person's ramp_months; a saved policy is returned, stored, read by the calculation and audited; crediting stays default", async () => {
    const w = await freshWorkspace();
    const finance = await w.as("finance");
    expect(await (await finance.get("/api/comp/settings/quota")).json()).toEqual({
      proration: "days",
      ramp: null,
    });
    const policy = { proration: "months", ramp: ["0", "0.25", "0.5", "0.75"] };
    const saved = await finance.put("/api/comp/settings/quota", policy);
    expect(saved.status).toBe(200);
    expect(await saved.json()).toEqual(policy);
    expect(await (await (await w.as("viewer")).get("/api/comp/settings/quota")).json()).toEqual(policy);
    const [row] = await database.db
      .select()
      .from(compSettings)
      .where(eq(compSettings.workspaceId, w.workspaceId));
    expect([row?.quota, row?.crediting, row?.updatedAt.toISOString()]).toEqual([policy, {}, NOW]);
    expect(await loadQuotaPolicy(database.sql, w.workspaceId)).toEqual(policy);
    expect((await (await finance.get("/api/comp/settings/crediting")).json()).rollup).toEqual({
      levels: "all",
    });

    const admin = await w.as("admin");
    const next = { proration: "none", ramp: null };
    expect(await (await admin.put("/api/comp/settings/quota", { proration: "none" })).json()).toEqual(next);
    expect(await w.events("comp_settings")).toEqual([
      {
        actorId: finance.userId,
        action: "quota_settings.updated",
        entityId: w.workspaceId,
        before: null,
        after: policy,
      },
      {
        actorId: admin.userId,
        action: "quota_settings.updated",
        entityId: w.workspaceId,
        before: policy,
        after: next,
      },
    ]);
  });

  it("validation names each field (proration days|months|none, ramp shares from 0 to 1, at most 120); only comp admins and admins write, workspace-wide roles read", async () => {
    const w = await freshWorkspace();
    const finance = await w.as("finance");
    const bad = await finance.put("/api/comp/settings/quota", {
      proration: "weeks",
      ramp: ["1.5", "-0.1", "0.5", "abc"],
    });
    expect(bad.status).toBe(400);
    expect(await paths(bad)).toEqual(["proration", "ramp.0", "ramp.1", "ramp.3"]);
    expect(await paths(await finance.put("/api/comp/settings/quota", { ramp: [] }))).toEqual(["proration"]);
    const long = await finance.put("/api/comp/settings/quota", {
      proration: "days",
      ramp: Array(121).fill("1"),
    });
    expect(await paths(long)).toEqual(["ramp"]);
    const policy = { proration: "days", ramp: [] };
    for (const who of ["ana", "mia", "hr", "viewer"] as const)
      expect((await (await w.as(who)).put("/api/comp/settings/quota", policy)).status).toBe(403);
    expect((await (await w.as("mia")).get("/api/comp/settings/quota")).status).toBe(403);
    expect((await (await w.as("hr")).get("/api/comp/settings/quota")).status).toBe(200);
    expect(await w.events("comp_settings")).toEqual([]);
  });
});

describe("credit splits", () => {
  it("finance splits Alpha platform 0.6 Ana / 0.4 Ben with a 0.25 overlay for Dan, then replaces it with Carl 1.00", async () => {
    const w = await freshWorkspace();
    const finance = await w.as("finance");
    const opp1 = await w.opportunity("opp-1");
    const splits = [
      { personId: w.people.dan, share: "0.25", role: "overlay" },
      { personId: w.people.ben, share: "0.4", role: "split" },
      { personId: w.people.ana, share: "0.6", role: "split" },
    ];
    const first = await finance.put(`/api/comp/credit-splits/${opp1}`, { splits });
    expect(first.status).toBe(200);
    const view = {
      opportunityId: opp1,
      opportunityName: "Alpha platform",
      splits: [
        { personId: w.people.ana, personName: "Ana Seller", share: "0.6", role: "split" },
        { personId: w.people.ben, personName: "Ben Seller", share: "0.4", role: "split" },
        { personId: w.people.dan, personName: "Dan Director", share: "0.25", role: "overlay" },
      ],
    };
    expect(await first.json()).toEqual(view);
    expect((await (await finance.get(`/api/comp/credit-splits?opportunityId=${opp1}`)).json()).items).toEqual(
      [view],
    );
    expect((await (await (await w.as("ana")).get("/api/comp/credit-splits")).json()).items).toEqual([view]); // her deal

    const second = await finance.put(`/api/comp/credit-splits/${opp1}`, {
      splits: [{ personId: w.people.carl, share: "1.00", role: "split" }],
    });
    const replaced = {
      opportunityId: opp1,
      opportunityName: "Alpha platform",
      splits: [{ personId: w.people.carl, personName: "Carl Seller", share: "1.00", role: "split" }],
    };
    expect(await second.json()).toEqual(replaced);
    const rows = await database.db
      .select({
        personId: compCreditSplits.personId,
        share: compCreditSplits.share,
        role: compCreditSplits.role,
      })
      .from(compCreditSplits)
      .where(eq(compCreditSplits.workspaceId, w.workspaceId));
    expect(rows).toEqual([{ personId: w.people.carl, share: "1.00", role: "split" }]);
    expect((await (await (await w.as("carl")).get("/api/comp/credit-splits")).json()).items).toEqual([
      replaced,
    ]);
    expect((await (await (await w.as("ben")).get("/api/comp/credit-splits")).json()).items).toEqual([]);

    const strip = (s: { personId: string; share: string; role: string }) => ({
      personId: s.personId,
      share: s.share,
      role: s.role,
    });
    const byRoleThenId = (a: { role: string; personId: string }, b: { role: string; personId: string }) =>
      b.role.localeCompare(a.role) || a.personId.localeCompare(b.personId);
    expect(await w.events("comp_credit_splits")).toEqual([
      {
        actorId: finance.userId,
        action: "credit_splits.replaced",
        entityId: opp1,
        before: [],
        after: splits,
      },
      {
        actorId: finance.userId,
        action: "credit_splits.replaced",
        entityId: opp1,
        before: view.splits.map(strip).sort(byRoleThenId),
        after: [{ personId: w.people.carl, share: "1.00", role: "split" }],
      },
    ]);
    expect((await finance.put(`/api/comp/credit-splits/${opp1}`, { splits: [] })).status).toBe(200);
    expect(
      await database.db
        .select()
        .from(compCreditSplits)
        .where(eq(compCreditSplits.workspaceId, w.workspaceId)),
    ).toEqual([]);
  });

  it("split shares must sum to exactly 1: 0.6 + 0.3 → 422 'sum is 0.9', nothing changes", async () => {
    const w = await freshWorkspace();
    const finance = await w.as("finance");
    const opp1 = await w.opportunity("opp-1");
    const response = await finance.put(`/api/comp/credit-splits/${opp1}`, {
      splits: [
        { personId: w.people.ana, share: "0.6", role: "split" },
        { personId: w.people.ben, share: "0.3", role: "split" },
      ],
    });
    expect(response.status).toBe(422);
    expect((await response.json()).errors).toEqual([
      { path: "splits", message: 'The "split" shares must add up to exactly 1; their sum is 0.9' },
    ]);
    expect(
      await database.db
        .select()
        .from(compCreditSplits)
        .where(eq(compCreditSplits.workspaceId, w.workspaceId)),
    ).toEqual([]);
    expect(await w.events("comp_credit_splits")).toEqual([]);
  });

  it("overlay shares in (0, 1], people and the deal in the workspace, comp admins only", async () => {
    const w = await freshWorkspace();
    const finance = await w.as("finance");
    const opp1 = await w.opportunity("opp-1");
    const badShare = await finance.put(`/api/comp/credit-splits/${opp1}`, {
      splits: [
        { personId: w.people.ana, share: "1.5", role: "overlay" },
        { personId: w.people.ben, share: "0", role: "overlay" },
        { personId: w.people.ben, share: "0.5", role: "lead" },
      ],
    });
    expect(badShare.status).toBe(400);
    expect(await paths(badShare)).toEqual(["splits.0.share", "splits.1.share", "splits.2.role"]);
    const unknownPerson = await finance.put(`/api/comp/credit-splits/${opp1}`, {
      splits: [
        { personId: w.people.ana, share: "1", role: "split" },
        { personId: unknownId, share: "0.5", role: "overlay" },
      ],
    });
    expect(unknownPerson.status).toBe(422);
    expect(await paths(unknownPerson)).toEqual(["splits.1.personId"]);
    expect((await finance.put(`/api/comp/credit-splits/${unknownId}`, { splits: [] })).status).toBe(404);
    const body = { splits: [{ personId: w.people.ana, share: "1", role: "split" }] };
    expect((await (await w.as("ana")).put(`/api/comp/credit-splits/${opp1}`, body)).status).toBe(403);
    expect((await (await w.as("mia")).put(`/api/comp/credit-splits/${opp1}`, body)).status).toBe(403);
    expect((await (await w.as("admin")).put(`/api/comp/credit-splits/${opp1}`, body)).status).toBe(200);
    expect((await (await w.as("marketing")).get("/api/comp/credit-splits")).status).toBe(403);
  });
});

it("every input route is in the OpenAPI document", async () => {
  const doc = await (await createTestClient(database, { clock }).get("/api/openapi.json")).json();
  const described = Object.entries(doc.paths as Record<string, object>)
    .filter(([path]) => /^\/api\/comp\/(mbo-scores|holds|settings|credit-splits)/.test(path))
    .map(([path, ops]) => `${Object.keys(ops).join(",")} ${path}`);
  expect(described).toEqual([
    "get,put /api/comp/mbo-scores",
    "get,post /api/comp/holds",
    "post /api/comp/holds/{id}/release",
    "get,put /api/comp/settings/crediting",
    "get,put /api/comp/settings/quota",
    "get /api/comp/credit-splits",
    "put /api/comp/credit-splits/{opportunityId}",
  ]);
});
