import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultEvaluationTemplate } from "./default-evaluation-template";
import { resolveEvaluationPeriod } from "./resolve-evaluation-period";
import { checkScores, normaliseScore, overallScore } from "./score-evaluation";

const { criteria, scale } = defaultEvaluationTemplate;

describe("scores", () => {
  it("normalises on the scale: 1 → 0, 4 → 0.75, 5 → 1 on 1–5; 2 on 1–7 → 1/6 to 10 places", () => {
    expect(normaliseScore(1, scale).toFixed()).toBe("0");
    expect(normaliseScore(4, scale).toFixed()).toBe("0.75");
    expect(normaliseScore(5, scale).toFixed()).toBe("1");
    expect(normaliseScore(2, { min: 1, max: 7, labels: {} }).toFixed()).toBe("0.1666666667");
  });

  it("overall: 4, 3, 5, 4 at 0.25 each → (0.75 + 0.5 + 1 + 0.75) ÷ 4 = 0.7500; weights 0.6 / 0.4 on 1–3 with 3, 1 → 0.6000; null when a criterion is missing", () => {
    expect(
      overallScore(criteria, scale, {
        motivation: 4,
        training: 3,
        customer_relationship: 5,
        product_knowledge: 4,
      }),
    ).toBe("0.7500");
    const two = [
      { key: "a", label: "A", description: "", weight: "0.6" },
      { key: "b", label: "B", description: "", weight: "0.4" },
    ];
    expect(overallScore(two, { min: 1, max: 3, labels: {} }, { a: 3, b: 1 })).toBe("0.6000");
    expect(overallScore(criteria, scale, { motivation: 4 })).toBeNull();
  });

  it("overall stays within 0–1 and equals the plain mean when weights are equal (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 4, maxLength: 4 }), (values) => {
        const scores = Object.fromEntries(criteria.map((c, i) => [c.key, values[i]!]));
        const overall = Number(overallScore(criteria, scale, scores));
        const mean = values.reduce((s, v) => s + (v - 1) / 4, 0) / 4;
        return overall >= 0 && overall <= 1 && Math.abs(overall - mean) < 0.00005;
      }),
    );
  });

  it("checks scores: missing only when complete, whole numbers within the scale, known criteria", () => {
    const input = { scores: { motivation: 0, training: 3.5, vibe: 2 }, comments: { nope: "x" } };
    expect(checkScores(criteria, scale, input, false).map((e) => e.path)).toEqual([
      "scores.motivation",
      "scores.training",
      "scores.vibe",
      "comments.nope",
    ]);
    expect(
      checkScores(criteria, scale, { scores: { motivation: 3 }, comments: {} }, true).map((e) => e.path),
    ).toEqual(["scores.training", "scores.customer_relationship", "scores.product_knowledge"]);
  });
});

describe("evaluation periods in the fiscal calendar", () => {
  const january = { startMonth: 1, naming: "end" } as const;
  const april = { startMonth: 4, naming: "end" } as const;
  it("a calendar year: 2026-Q3 = 2026-07-01 … 2026-09-30, 2026-H2 = 2026-07-01 … 2026-12-31, 2026-11 and 2026", () => {
    expect(resolveEvaluationPeriod("2026-Q3", "quarterly", january)).toEqual({
      key: "2026-Q3",
      start: "2026-07-01",
      lastDay: "2026-09-30",
      end: "2026-10-01",
    });
    expect(resolveEvaluationPeriod("2026-H2", "half_year", january)).toMatchObject({
      start: "2026-07-01",
      end: "2027-01-01",
    });
    expect(resolveEvaluationPeriod("2026-02", "monthly", january)).toMatchObject({
      lastDay: "2026-02-28",
      end: "2026-03-01",
    });
    expect(resolveEvaluationPeriod("2026", "year", january)).toMatchObject({
      start: "2026-01-01",
      lastDay: "2026-12-31",
    });
  });

  it("a fiscal year starting in April named by its end: FY2026 Q1 = 2025-04-01 … 2025-06-30, H2 = 2025-10-01 … 2026-03-31", () => {
    expect(resolveEvaluationPeriod("2026-Q1", "quarterly", april)).toMatchObject({
      start: "2025-04-01",
      lastDay: "2025-06-30",
    });
    expect(resolveEvaluationPeriod("2026-H2", "half_year", april)).toMatchObject({
      start: "2025-10-01",
      lastDay: "2026-03-31",
    });
  });

  it("refuses a key of another cadence", () => {
    expect(resolveEvaluationPeriod("2026-11", "quarterly", january)).toEqual({
      error: "A quarterly template takes periods like 2026-Q3",
    });
    expect(resolveEvaluationPeriod("2026-Q1", "half_year", january)).toEqual({
      error: "A half-year template takes periods like 2026-H2",
    });
    expect(resolveEvaluationPeriod("2026-13", "monthly", january)).toHaveProperty("error");
  });
});
