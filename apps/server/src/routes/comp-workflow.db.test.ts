import { and, asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { compAdjustments, compEvents, compPeriods, users } from "@attain/db";
import { onPeriodRecalculated } from "../compensation/workflow/on-period-recalculated";
import { insertFebruaryRun, insertJanuaryRun } from "../compensation/workflow/test-factory";
import { useCompFixture } from "../compensation/workflow/use-comp-fixture";

const env = useCompFixture();
const { signedIn } = env;

/** EUR totals without adjustments: payable with adjustments = payable. */
const eur = (earned: string, payable: string) => ({
  currency: "EUR",
  earned,
  payable,
  adjustments: "0",
  payableWithAdjustments: payable,
});

describe("the pay period workflow", () => {
  it("lists a calculated period: 3 payees, earned 200.00 + 130.50 + 150.00 = 480.50, payable 200.00 + 130.50 + 135.00 = 465.50", async () => {
    const { runId } = await insertJanuaryRun(env.db, env.fixture);
    const finance = await signedIn("finance");
    const list = await (await finance.get("/api/comp/periods")).json();
    expect(list.items).toEqual([
      {
        periodKey: "2026-01",
        periodStart: "2026-01-01",
        periodEnd: "2026-01-31",
        status: "calculated",
        currentRunId: runId,
        publishedRunId: null,
        payeeCount: 3,
        totals: [eur("480.50", "465.50")],
      },
    ]);
    const mia = await (await signedIn("mia")).get("/api/comp/periods");
    expect((await mia.json()).items[0].totals).toEqual([eur("330.50", "330.50")]); // Ana + Ben (Ben is Mia's until Feb 1)
    expect((await (await signedIn("viewer")).get("/api/comp/periods")).status).toBe(403);
    // A rep sees no provisional figures: nothing before the period is published.
    const ana = await signedIn("ana");
    expect((await (await ana.get("/api/comp/periods")).json()).items[0]).toMatchObject({
      payeeCount: 0,
      totals: [],
    });
    expect(await (await ana.get("/api/comp/periods/2026-01")).json()).toMatchObject({
      payeeCount: 0,
      totals: [],
      payees: [],
    });
  });

  it("submit is for comp admins; a second submit is a 409 naming in_review and the wanted status", async () => {
    expect((await (await signedIn("ana")).post("/api/comp/periods/2026-01/submit")).status).toBe(403);
    const finance = await signedIn("finance");
    const submitted = await finance.post("/api/comp/periods/2026-01/submit");
    expect(submitted.status).toBe(200);
    expect((await submitted.json()).status).toBe("in_review");
    const again = await finance.post("/api/comp/periods/2026-01/submit");
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({
      detail: "Period 2026-01 is in_review; it must be calculated to become in_review.",
      currentStatus: "in_review",
      wantedStatus: "in_review",
    });
    const publish = await finance.post("/api/comp/periods/2026-01/publish");
    expect(publish.status).toBe(409);
    expect(await publish.json()).toMatchObject({ currentStatus: "in_review", wantedStatus: "published" });
    expect((await finance.post("/api/comp/periods/2026-01/approve", { step: "finance" })).status).toBe(409);
  });

  it("managers approve their tree's payees; the last approval makes it manager_approved", async () => {
    const { ana, ben, carl } = env.fixture.people;
    const mia = await signedIn("mia");
    expect(
      (await mia.post("/api/comp/periods/2026-01/approve", { step: "manager", personIds: [carl] })).status,
    ).toBe(403);
    // Outside the manager's tree is a 403 before whether they are payees at all (400, for an admin) is said.
    const { dan } = env.fixture.people;
    expect(
      (await mia.post("/api/comp/periods/2026-01/approve", { step: "manager", personIds: [dan] })).status,
    ).toBe(403);
    expect(
      (
        await (
          await signedIn("admin")
        ).post("/api/comp/periods/2026-01/approve", { step: "manager", personIds: [dan] })
      ).status,
    ).toBe(400);
    expect(
      (await (await signedIn("ana")).post("/api/comp/periods/2026-01/approve", { step: "manager" })).status,
    ).toBe(403);
    const afterMia = await (
      await mia.post("/api/comp/periods/2026-01/approve", { step: "manager", note: "ok" })
    ).json();
    expect(afterMia.status).toBe("in_review");
    expect(
      afterMia.payees.map((p: { personId: string; managerApproval: unknown }) => [
        p.personId,
        p.managerApproval !== null,
      ]),
    ).toEqual([
      [ana, true],
      [ben, true],
    ]);
    const admin = await (await signedIn("finance")).get("/api/comp/periods/2026-01");
    expect(
      (await admin.json()).payees.find((p: { personId: string }) => p.personId === carl).managerApproval,
    ).toBeNull();
    const afterZoe = await (
      await (await signedIn("zoe")).post("/api/comp/periods/2026-01/approve", { step: "manager" })
    ).json();
    expect(afterZoe.status).toBe("manager_approved");
  });

  it("finance approves, publishes (published run = current run) and marks paid; then no step goes back", async () => {
    const finance = await signedIn("finance");
    expect(
      (await (await signedIn("mia")).post("/api/comp/periods/2026-01/approve", { step: "finance" })).status,
    ).toBe(403);
    const approved = await (
      await finance.post("/api/comp/periods/2026-01/approve", { step: "finance", note: "fine" })
    ).json();
    expect(approved.status).toBe("approved");
    expect(
      approved.approvals.map((a: { step: string; decision: string }) => `${a.step}:${a.decision}`),
    ).toEqual(["manager:approved", "manager:approved", "manager:approved", "finance:approved"]);
    expect((await (await signedIn("ana")).post("/api/comp/periods/2026-01/publish")).status).toBe(403);
    const published = await (await finance.post("/api/comp/periods/2026-01/publish")).json();
    expect(published.status).toBe("published");
    expect(published.publishedRunId).toBe(published.currentRunId);
    // Once published, a rep sees their own published figures; approval notes only admins, comp admins and managers.
    const ana = await (await (await signedIn("ana")).get("/api/comp/periods/2026-01")).json();
    expect([ana.payeeCount, ana.totals]).toEqual([1, [eur("200.00", "200.00")]]);
    const notes = async (who: "ana" | "hr" | "mia" | "finance") =>
      (await (await (await signedIn(who)).get("/api/comp/periods/2026-01")).json()).approvals.map(
        (a: { note: string | null }) => a.note,
      );
    expect(await notes("ana")).toEqual([null, null]);
    expect(await notes("hr")).toEqual([null, null, null, null]);
    expect(await notes("mia")).toEqual(["ok", "ok", "fine"]);
    expect(await notes("finance")).toEqual(["ok", "ok", null, "fine"]);
    expect((await finance.post("/api/comp/periods/2026-01/reject", { note: "too late" })).status).toBe(409);
    await expect(
      onPeriodRecalculated(env.db, {
        workspaceId: env.fixture.workspaceId,
        periodKey: "2026-01",
        periodStart: "2026-01-01",
        periodEnd: "2026-01-31",
        runId: published.currentRunId,
        actorId: null,
      }),
    ).rejects.toMatchObject({ status: 409 });
    expect((await (await finance.post("/api/comp/periods/2026-01/mark-paid")).json()).status).toBe("paid");
    expect((await finance.post("/api/comp/periods/2026-01/mark-paid")).status).toBe(409);
  });

  it("writes a comp_events entry for every step, with before and after", async () => {
    const events = await env.db
      .select()
      .from(compEvents)
      .where(and(eq(compEvents.workspaceId, env.fixture.workspaceId), eq(compEvents.entityId, "2026-01")))
      .orderBy(asc(compEvents.seq));
    expect(events.map((e) => e.action)).toEqual([
      "recalculated",
      "submit",
      "approve_manager",
      "approve_manager",
      "all_managers_approved",
      "approve_finance",
      "publish",
      "mark_paid",
    ]);
    expect(events.at(-1)).toMatchObject({ before: { status: "published" }, after: { status: "paid" } });
  });

  it("a rejection sends the period back to calculated and clears approvals; so does a new run while in review", async () => {
    await insertFebruaryRun(env.db, env.fixture);
    const finance = await signedIn("finance");
    await finance.post("/api/comp/periods/2026-02/submit");
    await (await signedIn("dan")).post("/api/comp/periods/2026-02/approve", { step: "manager" });
    expect((await (await finance.get("/api/comp/periods/2026-02")).json()).status).toBe("manager_approved");
    // A manager may not reset the whole period (every payee's approvals), even with payees in their tree.
    const byManager = await (await signedIn("dan")).post("/api/comp/periods/2026-02/reject", { note: "No" });
    expect(byManager.status).toBe(403);
    expect((await (await finance.get("/api/comp/periods/2026-02")).json()).status).toBe("manager_approved");
    expect((await finance.post("/api/comp/periods/2026-02/reject", {})).status).toBe(400);
    const rejected = await (
      await finance.post("/api/comp/periods/2026-02/reject", { note: "Carl's deal is wrong" })
    ).json();
    expect(rejected.status).toBe("calculated");
    expect(rejected.payees.every((p: { managerApproval: unknown }) => p.managerApproval === null)).toBe(true);
    expect(rejected.approvals.map((a: { decision: string; note: string }) => [a.decision, a.note])).toEqual([
      ["rejected", "Carl's deal is wrong"],
    ]);

    await finance.post("/api/comp/periods/2026-02/submit");
    await (await signedIn("mia")).post("/api/comp/periods/2026-02/approve", { step: "manager" });
    const { runId } = await insertFebruaryRun(env.db, env.fixture);
    const [period] = await env.db
      .select()
      .from(compPeriods)
      .where(and(eq(compPeriods.workspaceId, env.fixture.workspaceId), eq(compPeriods.periodKey, "2026-02")));
    expect([period?.status, period?.currentRunId]).toEqual(["calculated", runId]);
    const detail = await (await finance.get("/api/comp/periods/2026-02")).json();
    expect(detail.payees.map((p: { managerApproval: unknown }) => p.managerApproval)).toEqual([null, null]);
    expect(detail.totals).toEqual([eur("387.75", "387.75")]);
  });

  it("adjustments need a reason, refuse published/paid periods (409) and send an approved period back to calculated", async () => {
    const finance = await signedIn("finance");
    const { ana } = env.fixture.people;
    const noReason = await finance.post("/api/comp/adjustments", {
      personId: ana,
      periodKey: "2026-02",
      amount: "10.00",
      currency: "EUR",
      reason: " ",
    });
    expect(noReason.status).toBe(400);
    expect((await noReason.json()).errors[0].path).toBe("reason");
    const paid = await finance.post("/api/comp/adjustments", {
      personId: ana,
      periodKey: "2026-01",
      amount: "10.00",
      currency: "EUR",
      reason: "late deal",
    });
    expect(paid.status).toBe(409);
    expect(
      (
        await (
          await signedIn("mia")
        ).post("/api/comp/adjustments", {
          personId: ana,
          periodKey: "2026-02",
          amount: "10.00",
          currency: "EUR",
          reason: "x",
        })
      ).status,
    ).toBe(403);

    await finance.post("/api/comp/periods/2026-02/submit");
    await (await signedIn("dan")).post("/api/comp/periods/2026-02/approve", { step: "manager" });
    await finance.post("/api/comp/periods/2026-02/approve", { step: "finance" });
    const created = await finance.post("/api/comp/adjustments", {
      personId: ana,
      periodKey: "2026-02",
      amount: "12.25",
      currency: "EUR",
      reason: "Missed SPIF",
    });
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({
      personId: ana,
      periodKey: "2026-02",
      amount: "12.25",
      kind: "manual",
      reason: "Missed SPIF",
    });
    const detail = await (await finance.get("/api/comp/periods/2026-02")).json();
    expect(detail.status).toBe("calculated");
    // 387.75 payable + 12.25 adjustment = 400.00
    expect(detail.totals).toEqual([
      {
        currency: "EUR",
        earned: "387.75",
        payable: "387.75",
        adjustments: "12.25",
        payableWithAdjustments: "400.00",
      },
    ]);

    const list = await (await finance.get(`/api/comp/adjustments?periodKey=2026-02&personId=${ana}`)).json();
    expect(list.items.map((a: { amount: string }) => a.amount)).toEqual(["12.25"]);
    expect((await (await signedIn("ana")).get("/api/comp/adjustments")).status).toBe(200);
    expect((await (await (await signedIn("ana")).get("/api/comp/adjustments")).json()).items).toEqual([]); // 2026-02 not published
    expect((await (await signedIn("ben")).get(`/api/comp/adjustments?personId=${ana}`)).status).toBe(403);
  });

  it("an Idempotency-Key makes a retry return the first adjustment (200, nothing written); another body is a 422", async () => {
    const finance = await signedIn("finance");
    const { ana } = env.fixture.people;
    const body = { personId: ana, periodKey: "2026-02", amount: "5.00", currency: "EUR", reason: "Retry me" };
    const send = (json: unknown, key = "retry-key-1") =>
      finance.request("POST", "/api/comp/adjustments", { json, headers: { "idempotency-key": key } });
    const count = async () =>
      (
        await env.db
          .select()
          .from(compAdjustments)
          .where(eq(compAdjustments.workspaceId, env.fixture.workspaceId))
      ).length;
    const before = await count();
    const first = await send(body);
    expect(first.status).toBe(201);
    const created = await first.json();
    const again = await send({ ...body, amount: "5.0" });
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(created);
    expect(await count()).toBe(before + 1);
    const other = await send({ ...body, amount: "6.00" });
    expect(other.status).toBe(422);
    expect((await other.json()).errors).toEqual([
      { path: "header.idempotency-key", message: "Already used for a different adjustment request" },
    ]);
    expect(await count()).toBe(before + 1);
    const bad = await send(body, "has space");
    expect(bad.status).toBe(400);
    expect((await bad.json()).errors[0].path).toBe("header.idempotency-key");
    // Without a key every request is a new adjustment.
    expect((await finance.post("/api/comp/adjustments", body)).status).toBe(201);
    expect(await count()).toBe(before + 2);
    const doc = await (await finance.get("/api/openapi.json")).json();
    expect(doc.paths["/api/comp/adjustments"].post.parameters).toEqual(
      expect.arrayContaining([expect.objectContaining({ in: "header", name: "idempotency-key" })]),
    );
  });

  it("decimal amounts are limited to 18 integer and 10 fraction digits (400 naming the field)", async () => {
    const finance = await signedIn("finance");
    const { ana } = env.fixture.people;
    const body = { personId: ana, periodKey: "2026-02", currency: "EUR", reason: "Big" };
    for (const amount of ["1234567890123456789", "1.12345678901", "-1234567890123456789.5"]) {
      const res = await finance.post("/api/comp/adjustments", { ...body, amount });
      expect(res.status).toBe(400);
      expect((await res.json()).errors).toEqual([
        { path: "amount", message: "At most 18 digits before and 10 after the decimal point" },
      ]);
    }
    const largest = await finance.post("/api/comp/adjustments", {
      ...body,
      amount: "-123456789012345678.1234567890",
    });
    expect(largest.status).toBe(201);
  });
});

describe("no self-dealing", () => {
  const linkTo = async (who: "admin" | "finance", personId: string | null) =>
    env.db.update(users).set({ personId }).where(eq(users.email, env.fixture.emails[who]));

  it("an admin linked to a payee may not adjust or approve their own result, at either step", async () => {
    const { ana, carl } = env.fixture.people;
    await linkTo("admin", ana);
    await linkTo("finance", carl);
    try {
      const admin = await signedIn("admin");
      const own = await admin.post("/api/comp/adjustments", {
        personId: ana,
        periodKey: "2026-02",
        amount: "1000.00",
        currency: "EUR",
        reason: "Me",
      });
      expect(own.status).toBe(403);
      expect((await own.json()).detail).toBe("You may not adjust your own pay: another comp admin must.");
      const finance = await signedIn("finance");
      expect((await finance.post("/api/comp/periods/2026-02/submit")).status).toBe(200);
      const mine = await admin.post("/api/comp/periods/2026-02/approve", {
        step: "manager",
        personIds: [ana],
      });
      expect(mine.status).toBe(403);
      expect((await mine.json()).detail).toBe(
        "You may not approve a period's result of your own: another approver must.",
      );
      // Without names the admin approves everyone but themself (Carl), so the period waits for Ana's manager.
      const others = await (
        await admin.post("/api/comp/periods/2026-02/approve", { step: "manager" })
      ).json();
      expect(others.status).toBe("in_review");
      expect(
        others.payees.map((p: { personId: string; managerApproval: unknown }) => [
          p.personId,
          p.managerApproval !== null,
        ]),
      ).toEqual([
        [ana, false],
        [carl, true],
      ]);
      await (await signedIn("mia")).post("/api/comp/periods/2026-02/approve", { step: "manager" });
      // Carl's result is in the period: his comp admin may not give the finance approval.
      expect((await finance.post("/api/comp/periods/2026-02/approve", { step: "finance" })).status).toBe(403);
      await linkTo("finance", null);
      const approved = await (await signedIn("finance")).post("/api/comp/periods/2026-02/approve", {
        step: "finance",
      });
      expect((await approved.json()).status).toBe("approved");
    } finally {
      await linkTo("admin", null);
      await linkTo("finance", null);
    }
  });
});

describe("the compensation workflow API is documented", () => {
  it("lists every workflow, statement, dispute, export, rep and regression path in /api/openapi.json", async () => {
    const doc = await (await (await signedIn("viewer")).get("/api/openapi.json")).json();
    expect(
      Object.keys(doc.paths)
        .filter((p) =>
          /^\/api\/comp\/(periods|adjustments|statements|disputes|exports|me)|regression/.test(p),
        )
        .sort(),
    ).toEqual([
      "/api/comp/adjustments",
      "/api/comp/disputes",
      "/api/comp/disputes/{id}",
      "/api/comp/disputes/{id}/messages",
      "/api/comp/disputes/{id}/resolve",
      "/api/comp/exports/accrual",
      "/api/comp/exports/payroll",
      "/api/comp/me",
      "/api/comp/me/what-if",
      "/api/comp/periods",
      "/api/comp/periods/{periodKey}",
      "/api/comp/periods/{periodKey}/approve",
      "/api/comp/periods/{periodKey}/mark-paid",
      "/api/comp/periods/{periodKey}/publish",
      "/api/comp/periods/{periodKey}/reject",
      "/api/comp/periods/{periodKey}/submit",
      "/api/comp/plans/{key}/versions/{version}/regression",
      "/api/comp/statements/{personId}/{periodKey}",
      "/api/comp/statements/{personId}/{periodKey}.pdf",
    ]);
  });
});
