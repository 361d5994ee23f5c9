import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { webChannels } from "./catalog";
import { toCsv } from "./csv";
import { generateDemoCompany } from "./generate-demo-company";
import { generatePerformance } from "./generate-performance";

const today = "2026-11-22";
const company = generateDemoCompany({ seed: 42, scale: 0.05, today });
const tables = generatePerformance(company);
const rows = <T>(name: string) => tables.find((t) => t.name === name)!.rows as T[];
type Cost = { month: string; category: string; channel: string | null; amount: string; currency: string };
type Feedback = {
  kind: string;
  personId: string | null;
  accountId: string | null;
  rating: number | null;
  severity: string | null;
  status: string;
  receivedOn: string;
  resolvedOn: string | null;
  category: string | null;
  sentiment: string | null;
};
type Evaluation = {
  personId: string;
  evaluatorPersonId: string;
  periodKey: string;
  status: string;
  scores: Record<string, number>;
};
type Goal = { id: string; ownerKind: string; kpiKey: string; target: string; personId: string | null };
type Milestone = { goalId: string; dueOn: string; target: string };
const hash = () =>
  createHash("sha256")
    .update(
      generatePerformance(company)
        .map((t) => toCsv(t.rows, t.keys))
        .join("|"),
    )
    .digest("hex");

describe("generatePerformance (seed 42, scale 0.05, today 2026-11-22)", () => {
  it("has exactly these row counts and the same rows on every call", () => {
    expect(Object.fromEntries(tables.map((t) => [t.name, t.rows.length]))).toMatchInlineSnapshot(`
      {
        "evaluation_templates": 1,
        "evaluations": 443,
        "feedback_entries": 168,
        "goal_milestones": 136,
        "goals": 46,
        "sales_marketing_costs": 245,
      }
    `);
    expect(hash()).toBe(hash());
  });

  it("costs: a sales line and one line per web channel for every month from 2024-01 to 2026-11, in EUR, ≥ 0; CAC €8–15k per new-business deal won in 2025", () => {
    const costs = rows<Cost>("sales_marketing_costs");
    const months = [...new Set(costs.map((c) => c.month))];
    expect(months[0]).toBe("2024-01-01");
    expect(months.at(-1)).toBe("2026-11-01");
    expect(months).toHaveLength(35);
    for (const month of months) {
      const lines = costs.filter((c) => c.month === month);
      expect(lines.map((c) => c.channel ?? c.category).sort()).toEqual(["sales", ...webChannels].sort());
    }
    expect(costs.every((c) => c.currency === "EUR" && /^\d+\.\d{2}$/.test(c.amount))).toBe(true);
    const spent = costs.filter((c) => c.month.startsWith("2025")).reduce((s, c) => s + Number(c.amount), 0);
    const won = company.opportunities.filter(
      (o) => o.status === "won" && o.type === "new_business" && o.closeDate.startsWith("2025"),
    ).length;
    expect(spent / won).toBeGreaterThan(8000);
    expect(spent / won).toBeLessThan(15000);
  });

  it("feedback: ratings mostly 4–5; complaints 2–4 % of customers served, ~80 % resolved after they came; lead feedback by AEs, some negative on lead quality or routing", () => {
    const feedback = rows<Feedback>("feedback_entries");
    const ratings = feedback.filter((f) => f.kind === "customer_feedback").map((f) => f.rating!);
    expect(ratings.every((r) => Number.isInteger(r) && r >= 1 && r <= 5)).toBe(true);
    expect(ratings.filter((r) => r >= 4).length / ratings.length).toBeGreaterThan(0.7);
    const complaints = feedback.filter((f) => f.kind === "complaint");
    const served = new Set<string>();
    for (const o of company.opportunities)
      if (o.status === "won" && o.closeDate <= today)
        served.add(
          `${o.accountId}|${o.closeDate.slice(0, 4)}-${Math.ceil(Number(o.closeDate.slice(5, 7)) / 3)}`,
        );
    expect(complaints.length / served.size).toBeGreaterThan(0.015);
    expect(complaints.length / served.size).toBeLessThan(0.05);
    const resolved = complaints.filter((c) => c.status === "resolved");
    expect(resolved.length / complaints.length).toBeGreaterThan(0.65);
    expect(resolved.every((c) => c.resolvedOn! >= c.receivedOn && c.resolvedOn! <= today)).toBe(true);
    expect(complaints.every((c) => ["low", "medium", "high", "critical"].includes(c.severity!))).toBe(true);
    const owners = new Map(company.accounts.map((a) => [a.id, a.ownerId]));
    expect(complaints.every((c) => owners.get(c.accountId!) === c.personId)).toBe(true);
    const leadFeedback = feedback.filter((f) => f.kind === "lead_feedback");
    const negative = leadFeedback.filter((f) => f.sentiment === "negative");
    expect(negative.length).toBeGreaterThan(0);
    expect(new Set(negative.map((f) => f.category))).toEqual(new Set(["lead_quality", "routing"]));
    expect(feedback.every((f) => f.receivedOn <= today)).toBe(true);
  });

  it("evaluations: whole-number scores on 1–5 by the person's manager; submitted for ended quarters, drafts only for 2026-Q4", () => {
    const evaluations = rows<Evaluation>("evaluations");
    const people = new Map(company.people.map((p) => [p.id, p]));
    expect(evaluations.every((e) => ["ae", "sdr"].includes(people.get(e.personId)!.jobRole))).toBe(true);
    for (const e of evaluations) {
      const line = company.reportingLines.find(
        (l) => l.personId === e.personId && l.managerId === e.evaluatorPersonId,
      );
      expect(line).toBeDefined();
      expect(Object.values(e.scores).every((s) => Number.isInteger(s) && s >= 1 && s <= 5)).toBe(true);
    }
    expect(new Set(evaluations.filter((e) => e.status === "draft").map((e) => e.periodKey))).toEqual(
      new Set(["2026-Q4"]),
    );
    const submitted = evaluations.filter((e) => e.status === "submitted");
    expect(submitted.every((e) => Object.keys(e.scores).length === 4 && e.periodKey < "2026-Q4")).toBe(true);
    expect(new Set(submitted.map((e) => e.periodKey)).size).toBe(11);
  });

  it("goals: a FY2026 bookings goal per AE with 4 increasing quarterly milestones up to its target, team win rates, the MQL goal and calls goals", () => {
    const goals = rows<Goal>("goals");
    const milestones = rows<Milestone>("goal_milestones");
    const bookings = goals.filter((g) => g.kpiKey === "bookings");
    for (const g of bookings) {
      const own = milestones.filter((m) => m.goalId === g.id).map((m) => Number(m.target));
      expect(own).toHaveLength(4);
      expect([...own].sort((a, b) => a - b)).toEqual(own);
      expect(own[3]).toBe(Number(g.target));
    }
    expect(bookings.length).toBe(
      company.people.filter(
        (p) => p.jobRole === "ae" && p.hireDate <= today && (p.leaveDate === null || p.leaveDate >= today),
      ).length,
    );
    expect(goals.filter((g) => g.kpiKey === "win_rate").every((g) => g.ownerKind === "team")).toBe(true);
    expect(goals.filter((g) => g.kpiKey === "mqls").map((g) => g.ownerKind)).toEqual(["workspace"]);
    expect(goals.filter((g) => g.kpiKey === "calls_per_rep").length).toBeGreaterThan(0);
  });
});
