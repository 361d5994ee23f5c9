import { randomUUID } from "node:crypto";
import { and, eq, ne } from "drizzle-orm";
import {
  type AttainDatabase,
  compAssignments,
  compPlans,
  compPlanVersions,
  compResultLineSets,
  compResults,
  compRuns,
  type Db,
} from "@attain/db";
import {
  type PlanDefinition,
  type ResultLine,
  type ResultLineKind,
  sumAmounts,
  type TraceStep,
} from "@attain/engine";
import { createRevenueFixture } from "../../test-support/revenue-fixture";
import { lineKeyOf } from "../runs/decode-result-lines";
import { encodeResultLines, totalLines } from "../runs/encode-result-lines";
import { onPeriodRecalculated } from "./on-period-recalculated";

/** A monthly plan paying 10 % of bookings, in EUR: the plan every factory result is "calculated" on. */
export const factoryPlan: PlanDefinition = {
  key: "ae-2026",
  name: "AE 2026",
  version: 1,
  effectiveFrom: "2026-01-01",
  effectiveTo: null,
  currency: "EUR",
  period: "month",
  quotaMeasure: "bookings",
  rounding: { mode: "half_up", apply: "line" },
  rateTables: [],
  tierTables: [],
  variables: [],
  components: [
    {
      kind: "commission",
      name: "New business",
      measure: "bookings",
      rate: { kind: "flat", rate: "0.10" },
      evaluation: "per_transaction",
      reset: "year",
      trueUp: false,
    },
  ],
  draw: null,
  clawback: null,
  holdback: null,
};

/** The revenue fixture's company with the factory plan (version 1, published) assigned to Ana, Ben and Carl. */
export async function createCompFixture(database: AttainDatabase) {
  const base = await createRevenueFixture(database);
  const { db } = database;
  const { workspaceId } = base;
  const [plan] = await db
    .insert(compPlans)
    .values({ workspaceId, key: factoryPlan.key, name: factoryPlan.name })
    .returning();
  const [version] = await db
    .insert(compPlanVersions)
    .values({
      workspaceId,
      planId: plan!.id,
      version: 1,
      status: "published",
      definition: factoryPlan,
      effectiveFrom: "2026-01-01",
    })
    .returning();
  for (const personId of [base.people.ana, base.people.ben, base.people.carl]) {
    await db.insert(compAssignments).values({
      workspaceId,
      personId,
      planId: plan!.id,
      validFrom: "2026-01-01",
      targetIncentive: "12000",
      currency: "EUR",
    });
  }
  return { ...base, plan: { id: plan!.id, versionId: version!.id, key: factoryPlan.key } };
}

export type FactoryLine = {
  component: string;
  kind: ResultLineKind;
  amount: string;
  transactionId?: string;
  trace?: TraceStep[];
};

export type FactoryPayee = {
  personId: string;
  currency?: string;
  lines: FactoryLine[];
  attainment?: Record<string, string | null>;
  nextTier?: { component: string; atRatio: string; creditNeeded: string; rate: string } | null;
};

const payoutOnlyKinds: readonly ResultLineKind[] = [
  "draw_advance",
  "draw_recovery",
  "holdback",
  "holdback_release",
  "hold",
  "hold_release",
];

/** The carry state (calculation/carry-state.ts) the loader reads back for later periods. */
function carryOf(periodKey: string, lines: FactoryLine[], earnedKinds: ResultLineKind[], heldBack: string) {
  const earned = lines.filter((l) => earnedKinds.includes(l.kind));
  const sumBy = (key: (l: FactoryLine) => string | undefined) => {
    const sums: Record<string, string> = {};
    for (const l of earned) {
      const k = key(l);
      if (k !== undefined) sums[k] = sumAmounts([sums[k] ?? "0", l.amount]);
    }
    return sums;
  };
  return {
    earnedByComponent: sumBy((l) => l.component),
    earnedByTransaction: sumBy((l) => l.transactionId),
    next: {
      drawBalance: "0",
      heldBack: heldBack === "0" ? [] : [{ period: periodKey, amount: heldBack }],
      onHold: [],
    },
  };
}

const amountsOf = (lines: FactoryLine[], kinds: readonly ResultLineKind[]) =>
  sumAmounts(lines.filter((l) => kinds.includes(l.kind)).map((l) => l.amount));

/**
 * Writes a succeeded, current calculation run as the runs engineer's job would: comp_runs, comp_results (earned = the
 * non-payout lines, payable = every line), comp_result_line_sets (each payee's lines with a trace), then `onPeriodRecalculated`.
 */
export async function insertCalculatedRun(
  db: Db,
  run: {
    workspaceId: string;
    periodKey: string;
    periodStart: string;
    periodEnd: string;
    planVersionId: string;
    payees: FactoryPayee[];
  },
) {
  const [row] = await db
    .insert(compRuns)
    .values({
      workspaceId: run.workspaceId,
      periodKey: run.periodKey,
      periodStart: run.periodStart,
      periodEnd: run.periodEnd,
      status: "succeeded",
      planVersions: { [factoryPlan.key]: 1 },
      payeeCount: run.payees.length,
      lineCount: run.payees.reduce((n, p) => n + p.lines.length, 0),
      isCurrent: true,
      finishedAt: new Date(`${run.periodEnd}T23:00:00Z`),
    })
    .returning();
  const runId = row!.id;
  await db
    .update(compRuns)
    .set({ isCurrent: false })
    .where(
      and(
        eq(compRuns.workspaceId, run.workspaceId),
        eq(compRuns.periodKey, run.periodKey),
        ne(compRuns.id, runId),
      ),
    );
  const results: Record<string, { resultId: string; lineIds: string[] }> = {};
  for (const payee of run.payees) {
    const allKinds = [...new Set(payee.lines.map((l) => l.kind))];
    const earnedKinds = allKinds.filter((k) => !payoutOnlyKinds.includes(k));
    const earned = amountsOf(payee.lines, earnedKinds);
    const payable = amountsOf(payee.lines, allKinds);
    const heldBack = sumAmounts(
      payee.lines.filter((l) => l.kind === "holdback").map((l) => l.amount.replace("-", "")),
    );
    const resultId = randomUUID();
    const lines: ResultLine[] = payee.lines.map((line) => ({
      component: line.component,
      kind: line.kind,
      creditId: line.transactionId ? `credit-${line.transactionId}` : null,
      transactionId: line.transactionId ?? null,
      exact: line.amount,
      amount: line.amount,
      trace: line.trace ?? [
        { rule: line.kind, detail: `${line.component}: ${line.amount}`, values: { amount: line.amount } },
      ],
    }));
    await db.insert(compResultLineSets).values({
      id: resultId,
      workspaceId: run.workspaceId,
      runId,
      lineCount: lines.length,
      lines: encodeResultLines(lines),
    });
    await db.insert(compResults).values({
      id: resultId,
      workspaceId: run.workspaceId,
      runId,
      periodKey: run.periodKey,
      personId: payee.personId,
      planVersionId: run.planVersionId,
      currency: payee.currency ?? "EUR",
      earned,
      payable,
      totals: {
        earned,
        drawAdvance: "0",
        drawRecovered: "0",
        heldBack,
        released: "0",
        onHold: "0",
        payable,
      },
      attainment: payee.attainment ?? {
        credit: "0",
        quota: null,
        ratio: null,
        ytdCredit: "0",
        ytdQuota: null,
        ytdRatio: null,
      },
      carry: carryOf(run.periodKey, payee.lines, earnedKinds, heldBack),
      nextTier: payee.nextTier ?? null,
      inputFingerprint: `factory-${payee.personId}`,
      lineSetId: resultId,
      lineCount: lines.length,
      lineTotals: totalLines(lines),
    });
    results[payee.personId] = { resultId, lineIds: lines.map((_, index) => lineKeyOf(resultId, index + 1)) };
  }
  await onPeriodRecalculated(db, {
    workspaceId: run.workspaceId,
    periodKey: run.periodKey,
    periodStart: run.periodStart,
    periodEnd: run.periodEnd,
    runId,
    actorId: null,
  });
  return { runId, results };
}

type CompFixture = Awaited<ReturnType<typeof createCompFixture>>;

/**
 * January 2026, hand-computed at 10 % of bookings: Ana 1200.50 → 120.05 and 799.50 → 79.95 (= 200.00);
 * Ben 305.00 → 30.50 plus a 100.00 bonus (= 130.50); Carl 1500.00 → 150.00 with a 10 % holdback of −15.00
 * (earned 150.00, payable 135.00). Period: earned 480.50, payable 465.50.
 */
export function insertJanuaryRun(db: Db, fixture: CompFixture) {
  const { ana, ben, carl } = fixture.people;
  return insertCalculatedRun(db, {
    workspaceId: fixture.workspaceId,
    periodKey: "2026-01",
    periodStart: "2026-01-01",
    periodEnd: "2026-01-31",
    planVersionId: fixture.plan.versionId,
    payees: [
      {
        personId: ana,
        lines: [
          { component: "New business", kind: "commission", amount: "120.05", transactionId: "a1" },
          { component: "New business", kind: "commission", amount: "79.95", transactionId: "a2" },
        ],
        attainment: {
          credit: "2000.00",
          quota: "2000.00",
          ratio: "1.0000",
          ytdCredit: "2000.00",
          ytdQuota: "2000.00",
          ytdRatio: "1.0000",
        },
        nextTier: { component: "New business", atRatio: "1.2", creditNeeded: "400.00", rate: "0.12" },
      },
      {
        personId: ben,
        lines: [
          { component: "New business", kind: "commission", amount: "30.50", transactionId: "b1" },
          { component: "Kick-off bonus", kind: "bonus", amount: "100.00" },
        ],
      },
      {
        personId: carl,
        lines: [
          { component: "New business", kind: "commission", amount: "150.00", transactionId: "c0" },
          { component: "New business", kind: "holdback", amount: "-15.00" },
        ],
      },
    ],
  });
}

/** February 2026: Ana 1170.00 → 117.00, cancellation −292.50 → clawback −29.25 (= 87.75); Carl 3000.00 → 300.00. */
export function insertFebruaryRun(db: Db, fixture: CompFixture) {
  const { ana, carl } = fixture.people;
  return insertCalculatedRun(db, {
    workspaceId: fixture.workspaceId,
    periodKey: "2026-02",
    periodStart: "2026-02-01",
    periodEnd: "2026-02-28",
    planVersionId: fixture.plan.versionId,
    payees: [
      {
        personId: ana,
        lines: [
          { component: "New business", kind: "commission", amount: "117.00", transactionId: "a3" },
          { component: "New business", kind: "clawback", amount: "-29.25", transactionId: "a4" },
        ],
      },
      {
        personId: carl,
        lines: [{ component: "New business", kind: "commission", amount: "300.00", transactionId: "c1" }],
      },
    ],
  });
}
