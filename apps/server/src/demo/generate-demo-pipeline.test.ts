import { describe, expect, it } from "vitest";
import { toDay, weekday } from "./days";
import { meddiccItems } from "./demo-pipeline-settings";
import { generateDemoCompany } from "./generate-demo-company";
import type { StageHistoryRow } from "./types";

const today = "2026-11-22";
const company = generateDemoCompany({ seed: 42, scale: 0.05, today });
const history = new Map<string, StageHistoryRow[]>();
for (const chunk of company.stream(1000)) {
  if (chunk.table !== "opportunity_stage_history") continue;
  for (const row of chunk.rows) {
    const rows = history.get(row.opportunityId) ?? [];
    rows.push(row);
    history.set(row.opportunityId, rows);
  }
}
const open = company.opportunities.filter((o) => o.status === "open");
const pushesOf = (rows: StageHistoryRow[]) =>
  rows.filter((row, i) => i > 0 && row.closeDate > rows[i - 1]!.closeDate).length;
const centsOf = (amount: string) => Math.round(Number(amount) * 100);

/** The manager of `personId` on `day` (valid_to exclusive). */
const managerOn = (personId: string, day: string) =>
  company.reportingLines.find(
    (l) => l.personId === personId && l.validFrom <= day && (l.validTo === null || day < l.validTo),
  )?.managerId ?? null;

describe("demo sales process (seed 42, scale 0.05)", () => {
  it("configures MEDDICC and the six stages with historical win rates, categories and entry criteria", () => {
    expect(company.pipelineSettings).toMatchObject({
      qualificationFramework: "MEDDICC",
      stalledAfterDays: 30,
      pushedAfter: 2,
      amountCutShare: "0.2",
    });
    expect(company.pipelineSettings.qualificationItems.map((i) => i.key)).toEqual(
      meddiccItems.map((i) => i.key),
    );
    expect(
      company.pipelineStages.map(
        (s) =>
          `${s.position} ${s.name} ${s.outcome} ${s.probability} ${s.forecastCategory} ${s.maxDaysInStage} [${[...s.entryCriteria.requiredFields, ...s.entryCriteria.checklist].join(" ")}]`,
      ),
    ).toEqual([
      "0 Qualify open 0.35 pipeline 30 []",
      "1 Discover open 0.50 pipeline 45 [amount identify_pain]",
      "2 Propose open 0.65 best_case 45 [amount close_date metrics economic_buyer]",
      "3 Negotiate open 0.80 commit 30 [decision_process champion]",
      "4 Closed Won won 1.00 closed null [contact_count]",
      "5 Closed Lost lost 0.00 omitted null []",
    ]);
    // The probability is the share of closed deals that reached the stage and were won, to the nearest 0.05.
    const closed = company.opportunities.filter((o) => o.status !== "open");
    const share = (k: number) => {
      const reached = closed.filter((o) => o.stagesReached >= k);
      return reached.filter((o) => o.status === "won").length / reached.length;
    };
    for (const k of [1, 2, 3, 4])
      expect(Math.abs(share(k) - Number(company.pipelineStages[k - 1]!.probability))).toBeLessThanOrEqual(
        0.025,
      );
  });

  it("gives the open pipeline exactly these risk-flag inputs (pinned for seed 42)", () => {
    const stageIndex = new Map(company.pipelineStages.map((s) => [s.name, s.position]));
    const missingCriteria = open.filter((o) =>
      company.pipelineStages
        .slice(1, stageIndex.get(o.stage)! + 1)
        .some((s) => s.entryCriteria.checklist.some((key) => !o.qualification[key])),
    );
    expect({
      open: open.length,
      noNextStep: open.filter((o) => o.nextStep === null).length,
      overdueNextStep: open.filter((o) => o.nextStepDue !== null && o.nextStepDue < today).length,
      singleContact: open.filter((o) => o.contactCount === 1).length,
      pushedTwice: open.filter((o) => pushesOf(history.get(o.id)!) >= 2).length,
      amountCut: open.filter((o) => {
        const peak = Math.max(...history.get(o.id)!.map((r) => centsOf(r.amount)));
        return centsOf(o.amount) <= peak * 0.8;
      }).length,
      pastCloseDate: open.filter((o) => o.closeDate < today).length,
      missingCriteria: missingCriteria.length,
    }).toMatchInlineSnapshot(`
      {
        "amountCut": 7,
        "missingCriteria": 7,
        "noNextStep": 15,
        "open": 111,
        "overdueNextStep": 41,
        "pastCloseDate": 6,
        "pushedTwice": 16,
        "singleContact": 31,
      }
    `);
    // Next steps only on open deals; every won deal has its contacts (the Closed Won entry criterion).
    for (const o of company.opportunities) {
      if (o.status !== "open") expect([o.nextStep, o.nextStepDue]).toEqual([null, null]);
      if (o.status === "won") expect(o.contactCount).toBeGreaterThanOrEqual(1);
      expect(Object.keys(o.qualification).sort()).toEqual(meddiccItems.map((i) => i.key).sort());
    }
  });

  it("records amount cuts and close-date pushes as rows that keep the stage, changing one value each", () => {
    let changes = 0;
    for (const rows of history.values()) {
      for (let i = 1; i < rows.length; i++) {
        const [before, after] = [rows[i - 1]!, rows[i]!];
        if (before.stage !== after.stage) continue;
        changes++;
        const pushed = after.closeDate > before.closeDate;
        const cut = centsOf(after.amount) < centsOf(before.amount);
        // Exactly one of the two, and a cut is 20–40% of the peak (quotes rounded to 100).
        expect(pushed !== cut).toBe(true);
        if (cut) {
          const share = 1 - centsOf(after.amount) / centsOf(before.amount);
          expect(share).toBeGreaterThanOrEqual(0.19);
          expect(share).toBeLessThanOrEqual(0.39);
        }
        expect(after.forecastCategory).toBe(before.forecastCategory);
      }
    }
    expect(changes).toBeGreaterThan(100);
  });
});

describe("demo forecast calls (seed 42, scale 0.05)", () => {
  const periods = company.forecastPeriods;
  const periodOf = new Map(periods.map((p) => [p.id, p]));
  const submissions = company.forecastSubmissions;

  it("has every quarter from 2024-Q1 to the one after today, back to back", () => {
    expect(periods.map((p) => p.label)).toEqual([
      ...["2024", "2025", "2026"].flatMap((y) => [1, 2, 3, 4].map((q) => `FY${y} Q${q}`)),
      "FY2027 Q1",
    ]);
    for (let i = 1; i < periods.length; i++)
      expect(toDay(periods[i]!.startsOn)).toBe(toDay(periods[i - 1]!.endsOn) + 1);
    expect(periods.at(-1)!.endsOn).toBe("2027-03-31");
  });

  it("has each employed AE call commit, best case and pipeline per motion every Monday, in whole €1,000", () => {
    const aes = company.people.filter((p) => p.jobRole === "ae");
    const calls = new Map<string, number>();
    for (const s of submissions) {
      expect(s.amount).toMatch(/^\d+\.00$/);
      expect(centsOf(s.amount) % 100_000).toBe(0);
      expect(s.currency).toBe("EUR");
      const period = periodOf.get(s.periodId)!;
      const day = s.submittedAt.slice(0, 10);
      expect(day >= period.startsOn && day <= period.endsOn && day <= today).toBe(true);
      expect(weekday(toDay(day))).toBe(1);
      if (s.authorId === s.subjectId) {
        const key = `${s.subjectId}|${day}`;
        calls.set(key, (calls.get(key) ?? 0) + 1);
      }
    }
    for (const period of periods) {
      for (let day = toDay(period.startsOn); day <= Math.min(toDay(period.endsOn), toDay(today)); day++) {
        if (weekday(day) !== 1) continue;
        const iso = new Date(day * 86_400_000).toISOString().slice(0, 10);
        for (const ae of aes) {
          const employed = ae.hireDate <= iso && (ae.leaveDate === null || iso <= ae.leaveDate);
          expect(calls.get(`${ae.id}|${iso}`) ?? 0).toBe(employed ? 6 : 0);
        }
      }
    }
    expect(submissions.some((s) => periodOf.get(s.periodId)!.label === "FY2027 Q1")).toBe(false);
  });

  it("has managers override a few calls, with a note, only for people reporting to them that day", () => {
    const overrides = submissions.filter((s) => s.authorId !== s.subjectId);
    expect(overrides.length).toBeGreaterThan(20);
    expect(overrides.length).toBeLessThan(submissions.length * 0.03);
    for (const o of overrides) {
      expect(o.note).toMatch(/^(Haircut|Adding)/);
      expect(o.category).toBe("commit");
      expect(managerOn(o.subjectId, o.submittedAt.slice(0, 10))).toBe(o.authorId);
      // An override comes after the rep's own call that Monday, which it never replaces.
      const own = submissions.find(
        (s) =>
          s.authorId === o.subjectId &&
          s.subjectId === o.subjectId &&
          s.periodId === o.periodId &&
          s.motion === o.motion &&
          s.category === "commit" &&
          s.submittedAt.slice(0, 10) === o.submittedAt.slice(0, 10),
      )!;
      expect(own.submittedAt < o.submittedAt).toBe(true);
      expect(own.amount).not.toBe(o.amount);
    }
    for (const s of submissions) if (s.authorId === s.subjectId) expect(s.note).toBeNull();
  });

  it("has the UK team called by its old manager up to 2025-Q1 and by the new one from 2025-Q2", () => {
    const uk = company.people.filter((p) => p.title === "Regional Sales Manager, United Kingdom");
    const quartersCalled = uk.map((m) => [
      ...new Set(
        submissions
          .filter((s) => s.authorId === m.id && s.subjectId === m.id)
          .map((s) => periodOf.get(s.periodId)!.label),
      ),
    ]);
    expect(quartersCalled).toEqual([
      ["FY2024 Q1", "FY2024 Q2", "FY2024 Q3", "FY2024 Q4", "FY2025 Q1"],
      ["FY2025 Q2", "FY2025 Q3", "FY2025 Q4", "FY2026 Q1", "FY2026 Q2", "FY2026 Q3", "FY2026 Q4"],
    ]);
  });

  it("makes each AE's pipeline call their open pipeline-category deals closing in the quarter, in EUR, as of the Monday", () => {
    // Every AE on two Mondays of FY2026 Q3, recomputed from the streamed history and the exchange rates.
    const period = periods.find((p) => p.label === "FY2026 Q3")!;
    const rate = (currency: string, day: string) => {
      if (currency === "EUR") return 1;
      const month = `${day.slice(0, 7)}-01`;
      return Number(
        company.exchangeRates.filter((r) => r.currency === currency && r.month <= month).at(-1)!.rate,
      );
    };
    let checked = 0;
    for (const monday of ["2026-07-06", "2026-09-07"]) {
      const expected = new Map<string, number>();
      for (const o of company.opportunities) {
        const owner =
          o.firstOwner.leaveDate !== null && monday > o.firstOwner.leaveDate ? o.owner : o.firstOwner;
        if (o.createdOn >= monday) continue;
        const state = history
          .get(o.id)!
          .filter((r) => r.enteredAt.slice(0, 10) < monday)
          .at(-1);
        if (state?.forecastCategory !== "pipeline" || state.stage.startsWith("Closed")) continue;
        if (state.closeDate < period.startsOn || state.closeDate > period.endsOn) continue;
        const key = `${owner.id}|${o.type === "new_business" ? "new_business" : "expansion_renewal"}`;
        expected.set(
          key,
          (expected.get(key) ?? 0) + Math.round(centsOf(state.amount) * rate(o.currency, state.closeDate)),
        );
      }
      const calls = submissions.filter(
        (s) =>
          s.authorId === s.subjectId &&
          s.category === "pipeline" &&
          s.submittedAt.startsWith(monday) &&
          company.people.find((p) => p.id === s.subjectId)!.jobRole === "ae",
      );
      for (const call of calls) {
        const cents = expected.get(`${call.subjectId}|${call.motion}`) ?? 0;
        expect(centsOf(call.amount)).toBe(Math.round(cents / 100_000) * 100_000);
        if (cents > 0) checked++;
      }
    }
    expect(checked).toBeGreaterThan(10);
  });
});

describe("demo forecast snapshots (seed 42, scale 0.05)", () => {
  const snapshots = company.forecastSnapshots;
  const lines = company.forecastSnapshotLines;
  const ceo = company.people.find((p) => p.title === "Chief Executive Officer")!;
  const byKey = new Map(lines.map((l) => [`${l.snapshotId}|${l.personId}|${l.motion}|${l.category}`, l]));
  const lineOf = (snapshotId: string, personId: string, motion: string, category: string) =>
    byKey.get(`${snapshotId}|${personId}|${motion}|${category}`);

  it("takes one weekly snapshot per Monday with calls, at 06:00 UTC", () => {
    const mondays = new Set(
      company.forecastSubmissions.map((s) => `${s.periodId}|${s.submittedAt.slice(0, 10)}`),
    );
    expect(snapshots.map((s) => `${s.periodId}|${s.takenOn}`).sort()).toEqual([...mondays].sort());
    for (const s of snapshots) expect([s.kind, s.takenAt]).toEqual(["weekly", `${s.takenOn} 06:00:00+00`]);
  });

  it("shows each person's own latest call of that Monday, and closed growing week by week", () => {
    const period = company.forecastPeriods.find((p) => p.label === "FY2026 Q3")!;
    const weekly = snapshots.filter((s) => s.periodId === period.id);
    expect(weekly).toHaveLength(13);
    let previous = -1;
    for (const snapshot of weekly) {
      const closed = Number(lineOf(snapshot.id, ceo.id, "new_business", "closed")!.rolledUp);
      expect(closed).toBeGreaterThanOrEqual(previous);
      previous = closed;
      const rep = company.cast.rep;
      const own = company.forecastSubmissions.filter(
        (s) =>
          s.authorId === rep.id &&
          s.subjectId === rep.id &&
          s.periodId === period.id &&
          s.motion === "new_business" &&
          s.category === "commit" &&
          s.submittedAt.slice(0, 10) <= snapshot.takenOn,
      );
      expect(lineOf(snapshot.id, rep.id, "new_business", "commit")!.ownCall).toBe(own.at(-1)!.amount);
    }
    expect(previous).toBeGreaterThan(0);
  });

  it("gives the CRO's commit the CRO's own call, and the 'all' row closed + commit + best case", () => {
    const cro = company.cast.director;
    for (const snapshot of snapshots.slice(-20)) {
      const commit = lineOf(snapshot.id, cro.id, "new_business", "commit")!;
      expect(commit.rolledUp).toBe(commit.ownCall);
      const sum = ["closed", "commit", "best_case"]
        .map((c) => Math.round(Number(lineOf(snapshot.id, cro.id, "new_business", c)!.rolledUp) * 100))
        .reduce((a, b) => a + b, 0);
      expect(Math.round(Number(lineOf(snapshot.id, cro.id, "new_business", "all")!.rolledUp) * 100)).toBe(
        sum,
      );
    }
  });
});
