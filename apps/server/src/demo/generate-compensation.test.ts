import { describe, expect, it } from "vitest";
import { reportingTreesAsOf } from "../compensation/calculation/reporting-trees";
import { type DemoCompany, generateDemoCompany } from "./generate-demo-company";
import { collectSourcedDeals, generateCompensation } from "./generate-compensation";
import type { CompQuotaRow, CreditSplitRow, LeadRow, MboScoreRow } from "./types";

const today = "2026-11-22";
const small = { seed: 42, scale: 0.05, today };

function compensationOf(company: DemoCompany) {
  const leads: LeadRow[] = [];
  for (const chunk of company.stream(1000)) if (chunk.table === "leads") leads.push(...chunk.rows);
  const tables = generateCompensation(company, collectSourcedDeals(leads));
  const rows = <T>(name: string) => tables.find((t) => t.name === name)!.rows as T[];
  return { leads, tables, rows };
}

const company = generateDemoCompany(small);
const { leads, tables, rows } = compensationOf(company);
const people = new Map(company.people.map((p) => [p.id, p]));
const planKeyOf = new Map(
  rows<{ personId: string; planId: string }>("comp_assignments").map((a) => [
    a.personId,
    rows<{ id: string; key: string }>("comp_plans").find((p) => p.id === a.planId)!.key,
  ]),
);
const quotas = rows<CompQuotaRow>("comp_quotas");
const closedQuarters = ["2024", "2025", "2026"]
  .flatMap((y) => [1, 2, 3, 4].map((q) => `${y}-Q${q}`))
  .filter((k) => k < "2026-Q4");

describe("generateCompensation (seed 42, scale 0.05, today 2026-11-22)", () => {
  it("has exactly these row counts, in foreign-key order, and the same rows on every call", () => {
    expect(Object.fromEntries(tables.map((t) => [t.name, t.rows.length]))).toMatchInlineSnapshot(`
      {
        "comp_assignments": 64,
        "comp_credit_splits": 812,
        "comp_mbo_scores": 220,
        "comp_plan_versions": 3,
        "comp_plans": 3,
        "comp_quotas": 549,
      }
    `);
    expect(tables.map((t) => t.name)).toEqual([
      "comp_plans",
      "comp_plan_versions",
      "comp_assignments",
      "comp_quotas",
      "comp_credit_splits",
      "comp_mbo_scores",
    ]);
    expect(JSON.stringify(compensationOf(generateDemoCompany(small)).tables)).toBe(JSON.stringify(tables));
  });

  it("puts AEs, SDRs, regional managers and the Head of Sales Development on a plan, nobody else", () => {
    const byPlan: Record<string, Set<string>> = {};
    for (const [personId, key] of planKeyOf) {
      const titles = byPlan[key] ?? new Set();
      titles.add(people.get(personId)!.title.replace(/,.*/, ""));
      byPlan[key] = titles;
    }
    expect(Object.fromEntries(Object.entries(byPlan).map(([k, v]) => [k, [...v].sort()]))).toEqual({
      "ae-standard": ["Account Executive"],
      "sdr-standard": ["Head of Sales Development", "Sales Development Representative"],
      "manager-override": ["Regional Sales Manager"],
    });
    expect(company.people.filter((p) => p.jobRole === "ae" || p.jobRole === "sdr").length).toBe(
      [...planKeyOf.values()].filter((k) => k !== "manager-override").length - 1,
    );
  });

  it("gives each converted lead's SDR, and their manager, overlay credit (share 1) on the deal", () => {
    const splits = rows<CreditSplitRow>("comp_credit_splits");
    const head = company.people.find((p) => p.title === "Head of Sales Development")!;
    const converted = leads.filter((l) => l.opportunityId && l.sdrId);
    expect(converted.length).toBeGreaterThan(300);
    const expected = converted.flatMap((l) => [
      `${l.opportunityId}|${l.sdrId}`,
      `${l.opportunityId}|${head.id}`,
    ]);
    expect(splits.map((s) => `${s.opportunityId}|${s.personId}`).sort()).toEqual(expected.sort());
    expect(new Set(splits.map((s) => `${s.role} ${s.share}`))).toEqual(new Set(["overlay 1"]));
  });

  it("gives each payee a bookings quota per quarter; a manager's is the sum of their team's on the quarter's last day", () => {
    expect(new Set(quotas.map((q) => `${q.measure}|${people.get(q.personId)!.jobRole}|${q.source}`))).toEqual(
      new Set(["bookings|ae|booking_targets", "bookings|sdr|sourced_bookings", "bookings|manager|team"]),
    );
    expect(new Set(quotas.map((q) => `${q.personId}|${q.periodKey}`)).size).toBe(quotas.length);
    const quota = new Map(quotas.map((q) => [`${q.personId}|${q.periodKey}`, Number(q.amount)]));
    for (const q of quotas.filter((r) => r.source === "team")) {
      const [y, n] = q.periodKey.split("-Q").map(Number);
      const trees = reportingTreesAsOf(
        company.reportingLines,
        new Date(Date.UTC(y!, n! * 3, 0)).toISOString().slice(0, 10),
      );
      const team = trees.treeOf(q.personId).filter((id) => !trees.managesAnyone(id));
      const sum = team.reduce((s, id) => s + (quota.get(`${id}|${q.periodKey}`) ?? 0), 0);
      expect(Number(q.amount)).toBeCloseTo(sum, 2);
    }
    for (const [personId, key] of planKeyOf)
      if (key !== "ae-standard") expect(quotas.some((q) => q.personId === personId)).toBe(true);
  });

  it("scores both objectives of everyone on the SDR plan in each closed quarter on it, 0.60 to 1.20, by their manager", () => {
    const scores = rows<MboScoreRow>("comp_mbo_scores");
    for (const s of scores) {
      expect(Number(s.score)).toBeGreaterThanOrEqual(0.6);
      expect(Number(s.score)).toBeLessThanOrEqual(1.2);
      expect(s.score).toMatch(/^[01]\.\d[05]$/);
      expect(planKeyOf.get(s.personId)).toBe("sdr-standard");
      expect(s.component).toBe("Objectives");
      expect(s.comment).toMatch(/^Quarterly review by /);
      expect(closedQuarters).toContain(s.periodKey);
    }
    const sdrPlan = [...planKeyOf].filter(([, k]) => k === "sdr-standard").map(([id]) => people.get(id)!);
    const onPlan = (p: (typeof sdrPlan)[number], key: string) => {
      const [y, n] = key.split("-Q").map(Number);
      const start = `${y}-${String(n! * 3 - 2).padStart(2, "0")}-01`;
      const end = new Date(Date.UTC(y!, n! * 3, 0)).toISOString().slice(0, 10);
      return p.hireDate <= end && (p.leaveDate === null || p.leaveDate >= start);
    };
    const expected = sdrPlan.flatMap((p) =>
      closedQuarters.filter((k) => onPlan(p, k)).map((k) => `${p.id}|${k}`),
    );
    expect(scores.length).toBe(expected.length * 2);
    expect(new Set(scores.map((s) => `${s.personId}|${s.periodKey}`))).toEqual(new Set(expected));
  });
});

describe("generateCompensation at scale 0.2", () => {
  it("sizes SDR quotas so that about 70% of closed SDR-quarters reach 70% (won deals they sourced)", () => {
    const mid = generateDemoCompany({ ...small, scale: 0.2 });
    const { leads: midLeads, rows: midRows } = compensationOf(mid);
    const sourced = collectSourcedDeals(midLeads);
    const rate = new Map(mid.exchangeRates.map((r) => [`${r.currency}|${r.month}`, Number(r.rate)]));
    const booked = new Map<string, number>();
    for (const o of mid.opportunities) {
      const sdr = mid.people.find((p) => p.id === sourced.get(o.id));
      if (o.status !== "won" || !sdr || o.closeDate > today || (sdr.leaveDate ?? today) < o.closeDate)
        continue;
      const key = `${sdr.id}|${o.closeDate.slice(0, 4)}-Q${Math.ceil(Number(o.closeDate.slice(5, 7)) / 3)}`;
      const eur = o.currency === "EUR" ? 1 : rate.get(`${o.currency}|${o.closeDate.slice(0, 7)}-01`)!;
      booked.set(key, (booked.get(key) ?? 0) + (o.totalCents / 100) * eur);
    }
    const attainments = midRows<CompQuotaRow>("comp_quotas")
      .filter((q) => q.source === "sourced_bookings" && closedQuarters.includes(q.periodKey))
      .map((q) => (booked.get(`${q.personId}|${q.periodKey}`) ?? 0) / Number(q.amount));
    const share = attainments.filter((a) => a >= 0.7).length / attainments.length;
    expect(share).toBeGreaterThanOrEqual(0.62);
    expect(share).toBeLessThanOrEqual(0.78);
  });
});
