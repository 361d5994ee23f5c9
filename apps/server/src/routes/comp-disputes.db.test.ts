import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { compAdjustments, users } from "@attain/db";
import { insertFebruaryRun, insertJanuaryRun } from "../compensation/workflow/test-factory";
import { useCompFixture } from "../compensation/workflow/use-comp-fixture";

const env = useCompFixture();
const { signedIn } = env;
let january: Awaited<ReturnType<typeof insertJanuaryRun>>;
let february: Awaited<ReturnType<typeof insertFebruaryRun>>;
let disputeId: string;

const publish = async (periodKey: string) => {
  const finance = await signedIn("finance");
  await finance.post(`/api/comp/periods/${periodKey}/submit`);
  await (await signedIn("dan")).post(`/api/comp/periods/${periodKey}/approve`, { step: "manager" });
  await finance.post(`/api/comp/periods/${periodKey}/approve`, { step: "finance" });
  await finance.post(`/api/comp/periods/${periodKey}/publish`);
};

describe("disputes", () => {
  it("a rep disputes a line of their own published statement only", async () => {
    january = await insertJanuaryRun(env.db, env.fixture);
    const { ana, carl } = env.fixture.people;
    const anaLine = january.results[ana]!.lineIds[1]!;
    const rep = await signedIn("ana");
    const early = await rep.post("/api/comp/disputes", {
      resultLineId: anaLine,
      subject: "a2",
      message: "Too low",
    });
    expect(early.status).toBe(404); // not published yet
    await publish("2026-01");
    february = await insertFebruaryRun(env.db, env.fixture);
    const carlLine = january.results[carl]!.lineIds[0]!;
    expect(
      (await rep.post("/api/comp/disputes", { resultLineId: carlLine, subject: "x", message: "y" })).status,
    ).toBe(404);
    expect(
      (await rep.post("/api/comp/disputes", { resultLineId: anaLine, subject: "", message: "y" })).status,
    ).toBe(400);
    const opened = await rep.post("/api/comp/disputes", {
      resultLineId: anaLine,
      subject: "Alpha deal a2",
      message: "The deal was 899.50, not 799.50",
    });
    expect(opened.status).toBe(201);
    const dispute = await opened.json();
    disputeId = dispute.id;
    expect(dispute).toMatchObject({
      personId: ana,
      personName: "Ana Seller",
      periodKey: "2026-01",
      status: "open",
      line: { component: "New business", kind: "commission", transactionId: "a2", amount: "79.95" },
      adjustment: null,
    });
    expect(dispute.messages.map((m: { body: string; authorName: string }) => [m.authorName, m.body])).toEqual(
      [["ana", "The deal was 899.50, not 799.50"]],
    );
  });

  it("a comp admin's answer marks it answered; the rep's reply opens it again; others cannot read it", async () => {
    const finance = await signedIn("finance");
    const answered = await finance.post(`/api/comp/disputes/${disputeId}/messages`, {
      body: "Checking the order",
    });
    expect((await answered.json()).status).toBe("answered");
    const reply = await (await signedIn("ana")).post(`/api/comp/disputes/${disputeId}/messages`, {
      body: "Thanks",
    });
    expect((await reply.json()).status).toBe("open");
    expect((await (await signedIn("ben")).get(`/api/comp/disputes/${disputeId}`)).status).toBe(404);
    expect(
      (await (await signedIn("ben")).post(`/api/comp/disputes/${disputeId}/messages`, { body: "hi" })).status,
    ).toBe(404);
    expect((await (await (await signedIn("ben")).get("/api/comp/disputes")).json()).items).toEqual([]);
    expect(
      (await (await (await signedIn("mia")).get("/api/comp/disputes?status=open")).json()).items.length,
    ).toBe(1);
    expect(
      (await (await (await signedIn("finance")).get("/api/comp/disputes?status=answered")).json()).items,
    ).toEqual([]);
  });

  it("resolving with 10.00 puts it into February (not the published January): Feb payable 87.75 + 10.00 = 97.75", async () => {
    const { ana } = env.fixture.people;
    expect(
      (
        await (
          await signedIn("ana")
        ).post(`/api/comp/disputes/${disputeId}/resolve`, { resolution: "resolved", message: "x" })
      ).status,
    ).toBe(403);
    const finance = await signedIn("finance");
    const rejectedWithMoney = await finance.post(`/api/comp/disputes/${disputeId}/resolve`, {
      resolution: "rejected",
      message: "no",
      adjustment: { amount: "1.00", reason: "x" },
    });
    expect(rejectedWithMoney.status).toBe(400);
    const resolved = await (
      await finance.post(`/api/comp/disputes/${disputeId}/resolve`, {
        resolution: "resolved",
        message: "Order corrected: 10 % of 100.00 more",
        adjustment: { amount: "10.00", reason: "Dispute: a2 was 899.50" },
      })
    ).json();
    expect(resolved).toMatchObject({
      status: "resolved",
      adjustment: {
        periodKey: "2026-02",
        amount: "10.00",
        currency: "EUR",
        kind: "dispute",
        sourcePeriodKey: "2026-01",
        disputeId,
      },
    });
    expect(resolved.adjustmentId).toBe(resolved.adjustment.id);
    const feb = await (await finance.get(`/api/comp/statements/${ana}/2026-02`)).json();
    expect(
      feb.adjustments.map((a: { amount: string; disputeId: string }) => [a.amount, a.disputeId]),
    ).toEqual([["10.00", disputeId]]);
    expect(feb.totals).toMatchObject({ linesTotal: "87.75", adjustments: "10.00", payable: "97.75" });
    const jan = await (await finance.get(`/api/comp/statements/${ana}/2026-01`)).json();
    expect([jan.adjustments, jan.totals.payable]).toEqual([[], "200.00"]);
    expect((await finance.post(`/api/comp/disputes/${disputeId}/messages`, { body: "late" })).status).toBe(
      409,
    );
    expect(
      (
        await finance.post(`/api/comp/disputes/${disputeId}/resolve`, {
          resolution: "rejected",
          message: "again",
        })
      ).status,
    ).toBe(409);
  });

  it("with no later open period, the adjustment creates the next one (2026-03, open)", async () => {
    await publish("2026-02");
    const { carl } = env.fixture.people;
    const carlFeb = february.results[carl]!.lineIds[0]!;
    const opened = await (await signedIn("carl")).post("/api/comp/disputes", {
      resultLineId: carlFeb,
      subject: "c1",
      message: "SPIF?",
    });
    const id = (await opened.json()).id;
    const resolved = await (
      await (
        await signedIn("finance")
      ).post(`/api/comp/disputes/${id}/resolve`, {
        resolution: "resolved",
        message: "SPIF added",
        adjustment: { amount: "50.00", reason: "SPIF on c1" },
      })
    ).json();
    expect(resolved.adjustment.periodKey).toBe("2026-03");
    const march = await (await (await signedIn("finance")).get("/api/comp/periods/2026-03")).json();
    expect(march).toMatchObject({
      status: "open",
      periodStart: "2026-03-01",
      periodEnd: "2026-03-31",
      totals: [
        { currency: "EUR", earned: "0", payable: "0", adjustments: "50.00", payableWithAdjustments: "50.00" },
      ],
    });
  });

  it("pays a dispute once: a comp admin may not resolve their own; of two resolutions at once one is a 409", async () => {
    const { ben } = env.fixture.people;
    const opened = await (await signedIn("ben")).post("/api/comp/disputes", {
      resultLineId: january.results[ben]!.lineIds[1]!,
      subject: "Kick-off bonus",
      message: "Should be 150.00",
    });
    expect(opened.status).toBe(201);
    const id = (await opened.json()).id;
    const body = {
      resolution: "resolved",
      message: "Agreed",
      adjustment: { amount: "50.00", reason: "Bonus" },
    };
    const financeEmail = env.fixture.emails.finance;
    await env.db.update(users).set({ personId: ben }).where(eq(users.email, financeEmail));
    try {
      const own = await (await signedIn("finance")).post(`/api/comp/disputes/${id}/resolve`, body);
      expect(own.status).toBe(403);
      expect((await own.json()).detail).toBe(
        "You may not resolve a dispute about your own pay: another comp admin must.",
      );
    } finally {
      await env.db.update(users).set({ personId: null }).where(eq(users.email, financeEmail));
    }
    const finance = await signedIn("finance");
    const [first, second] = await Promise.all([
      finance.post(`/api/comp/disputes/${id}/resolve`, body),
      finance.post(`/api/comp/disputes/${id}/resolve`, body),
    ]);
    expect([first!.status, second!.status].sort()).toEqual([200, 409]);
    expect((await finance.post(`/api/comp/disputes/${id}/resolve`, body)).status).toBe(409);
    const paid = await env.db.select().from(compAdjustments).where(eq(compAdjustments.disputeId, id));
    expect(paid.map((a) => a.amount)).toEqual(["50.00"]);
  });
});
