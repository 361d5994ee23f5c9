import { describe, expect, it } from "vitest";
import { loadMboScores } from "../compensation/calculation/load-mbo-scores";
import { usePerformanceFixture } from "../goals/use-performance-fixture";

const env = usePerformanceFixture();
let templateId = "";

const scores = { motivation: 4, training: 3, customer_relationship: 5, product_knowledge: 4 };

describe("evaluation templates", () => {
  it("the default template is created on first read: four criteria weighted 0.25 on 1–5", async () => {
    const body = await (await (await env.signedIn("mia")).get("/api/evaluation-templates")).json();
    expect(body.templates).toHaveLength(1);
    const [template] = body.templates;
    templateId = template.id;
    expect(template).toMatchObject({ name: "Quarterly rep evaluation", cadence: "quarterly", active: true });
    expect(template.criteria.map((c: { key: string; weight: string }) => `${c.key}:${c.weight}`)).toEqual([
      "motivation:0.25",
      "training:0.25",
      "customer_relationship:0.25",
      "product_knowledge:0.25",
    ]);
    expect(template.scale).toMatchObject({ min: 1, max: 5, labels: { "3": "Meets expectations" } });
    const again = await (await (await env.signedIn("admin")).get("/api/evaluation-templates")).json();
    expect(again.templates.map((t: { id: string }) => t.id)).toEqual([templateId]);
  });

  it("admin and HR create templates (weights must add up to 1, scale min < max: 422); a manager may not (403)", async () => {
    const template = {
      name: "Monthly check-in",
      cadence: "monthly",
      criteria: [
        { key: "pipeline", label: "Pipeline hygiene", weight: "0.6" },
        { key: "forecast", label: "Forecast accuracy", weight: "0.4" },
      ],
      scale: { min: 1, max: 3, labels: { "1": "Low", "3": "High" } },
    };
    const hr = await env.signedIn("hr");
    expect((await hr.post("/api/evaluation-templates", template)).status).toBe(201);
    const bad = await hr.post("/api/evaluation-templates", {
      ...template,
      name: "Bad",
      criteria: [{ key: "pipeline", label: "P", weight: "0.5" }],
      scale: { min: 3, max: 3, labels: { "7": "x" } },
    });
    expect(bad.status).toBe(422);
    expect((await bad.json()).errors.map((e: { path: string }) => e.path)).toEqual([
      "criteria",
      "scale.max",
      "scale.labels.7",
    ]);
    expect((await (await env.signedIn("mia")).post("/api/evaluation-templates", template)).status).toBe(403);
  });
});

describe("evaluations", () => {
  it("Mia drafts Ann's 2026-Q3 evaluation: period 2026-07-01 to 2026-10-01, overall (0.75 + 0.5 + 1 + 0.75) ÷ 4 = 0.7500", async () => {
    const mia = await env.signedIn("mia");
    const response = await mia.post("/api/evaluations", {
      templateId,
      personId: env.fixture.people.ann,
      periodKey: "2026-Q3",
      scores,
      comments: { training: "Finish the negotiation course" },
      overallComment: "Strong quarter",
    });
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({
      person: { id: env.fixture.people.ann, name: "Ann Seller" },
      evaluator: { id: env.fixture.people.mia, name: "Mia Manager" },
      periodKey: "2026-Q3",
      periodStart: "2026-07-01",
      periodEnd: "2026-10-01",
      status: "draft",
      overall: "0.7500",
      submittedAt: null,
    });
    const twice = await mia.post("/api/evaluations", {
      templateId,
      personId: env.fixture.people.ann,
      periodKey: "2026-Q3",
    });
    expect(twice.status).toBe(409);
  });

  it("422 per criterion (outside the scale, not whole, unknown) and per period key (not quarterly)", async () => {
    const mia = await env.signedIn("mia");
    const response = await mia.post("/api/evaluations", {
      templateId,
      personId: env.fixture.people.bob,
      periodKey: "2026-Q3",
      scores: { motivation: 6, training: 2.5, charisma: 3 },
    });
    expect(response.status).toBe(422);
    expect((await response.json()).errors).toEqual([
      { path: "scores.motivation", message: "Must be between 1 and 5" },
      { path: "scores.training", message: "Must be a whole number" },
      { path: "scores.charisma", message: "Not a criterion of the template" },
    ]);
    for (const periodKey of ["2026-11", "2026-H2", "2026-Q5"]) {
      const wrong = await mia.post("/api/evaluations", {
        templateId,
        personId: env.fixture.people.bob,
        periodKey,
      });
      expect(await wrong.json()).toMatchObject({
        status: 422,
        errors: [{ path: "periodKey", message: "A quarterly template takes periods like 2026-Q3" }],
      });
    }
  });

  it("only the person's manager on the period's last day (or admin / HR) evaluates: Olga 403, Ann on herself 403", async () => {
    const body = { templateId, personId: env.fixture.people.bob, periodKey: "2026-Q3", scores: {} };
    expect((await (await env.signedIn("olga")).post("/api/evaluations", body)).status).toBe(403);
    expect(
      (
        await (
          await env.signedIn("ann")
        ).post("/api/evaluations", { ...body, personId: env.fixture.people.ann })
      ).status,
    ).toBe(403);
    expect((await (await env.signedIn("viewer")).post("/api/evaluations", body)).status).toBe(403);
    const hr = await (await env.signedIn("hr")).post("/api/evaluations", body);
    expect(hr.status).toBe(201);
    expect((await hr.json()).evaluator).toEqual({ id: env.fixture.people.mia, name: "Mia Manager" });
  });

  it("submitting needs every criterion scored (422 naming the missing ones), then the evaluation is read-only (409)", async () => {
    const mia = await env.signedIn("mia");
    const list = await (await mia.get(`/api/evaluations?personId=${env.fixture.people.bob}`)).json();
    const bobs = list.evaluations[0];
    const incomplete = await mia.post(`/api/evaluations/${bobs.id}/submit`);
    expect(incomplete.status).toBe(422);
    expect((await incomplete.json()).errors.map((e: { path: string }) => e.path)).toEqual([
      "scores.motivation",
      "scores.training",
      "scores.customer_relationship",
      "scores.product_knowledge",
    ]);
    const edited = await mia.request("PUT", `/api/evaluations/${bobs.id}`, {
      json: {
        scores: { motivation: 2, training: 2, customer_relationship: 3, product_knowledge: 1 },
        comments: {},
        overallComment: "",
      },
    });
    // 2, 2, 3, 1 on 1–5 → 0.25 + 0.25 + 0.5 + 0 = 1, ÷ 4 = 0.25
    expect((await edited.json()).overall).toBe("0.2500");
    const submitted = await mia.post(`/api/evaluations/${bobs.id}/submit`);
    expect(await submitted.json()).toMatchObject({
      status: "submitted",
      submittedAt: expect.stringMatching(/^2026-11-22T/),
    });
    expect((await mia.request("PUT", `/api/evaluations/${bobs.id}`, { json: { scores } })).status).toBe(409);
    expect((await mia.post(`/api/evaluations/${bobs.id}/submit`)).status).toBe(409);
  });

  it("who reads: Bob his submitted one only, Ann none (hers is a draft), Olga none, viewer both", async () => {
    const count = async (who: Parameters<typeof env.signedIn>[0]) =>
      (
        (await (await (await env.signedIn(who)).get("/api/evaluations")).json()).evaluations as {
          person: { name: string };
        }[]
      ).map((e) => e.person.name);
    expect(await count("bob")).toEqual(["Bob Seller"]);
    expect(await count("ann")).toEqual([]);
    expect(await count("olga")).toEqual([]);
    expect((await count("viewer")).sort()).toEqual(["Ann Seller", "Bob Seller"]);
    expect((await count("mia")).sort()).toEqual(["Ann Seller", "Bob Seller"]);
  });
});

describe("MBO feed", () => {
  it("writes each submitted evaluation's criterion as a 0–1 comp MBO score (Bob: motivation 2 → 0.25, customer relationship 3 → 0.5), read by the comp calculation's loader; re-posting upserts", async () => {
    const finance = await env.signedIn("finance");
    const body = {
      templateId,
      periodKey: "2026-Q3",
      compPeriodKey: "2026-Q3",
      component: "Qualitative",
      objectives: { drive: "motivation", customers: "customer_relationship" },
    };
    const response = await finance.post("/api/evaluations/mbo-scores", body);
    expect(response.status).toBe(200);
    const bob = env.fixture.people.bob;
    expect((await response.json()).rows).toEqual([
      { personId: bob, periodKey: "2026-Q3", component: "Qualitative", objective: "drive", score: "0.25" },
      { personId: bob, periodKey: "2026-Q3", component: "Qualitative", objective: "customers", score: "0.5" },
    ]);
    await finance.post("/api/evaluations/mbo-scores", body);
    const loaded = await loadMboScores(env.database.sql, {
      workspaceId: env.fixture.workspaceId,
      periodKey: "2026-Q3",
    });
    expect(Object.fromEntries(loaded)).toEqual({
      [bob]: { Qualitative: { customers: "0.5", drive: "0.25" } },
    });
    const bad = await finance.post("/api/evaluations/mbo-scores", {
      ...body,
      compPeriodKey: "Q3",
      objectives: { drive: "charisma" },
    });
    expect((await bad.json()).errors.map((e: { path: string }) => e.path)).toEqual([
      "compPeriodKey",
      "objectives.drive",
    ]);
    expect((await (await env.signedIn("mia")).post("/api/evaluations/mbo-scores", body)).status).toBe(403);
  });
});
