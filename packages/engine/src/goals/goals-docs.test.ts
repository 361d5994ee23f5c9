import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { evaluateGoalProgress, type GoalProgressInput } from "./evaluate-goal-progress";

const page = readFileSync(new URL("../../../../docs/goals.md", import.meta.url), "utf8");

// The example of docs/goals.md, § Progress.
const example: GoalProgressInput = {
  direction: "up",
  accrues: true,
  target: "300000",
  baseline: null,
  startsOn: "2026-10-01",
  deadline: "2026-12-31",
  today: "2026-11-15",
  value: "120000",
  milestones: [
    { id: "oct", label: "October", dueOn: "2026-10-31", target: "80000", value: "85000" },
    { id: "nov", label: "November", dueOn: "2026-11-30", target: "180000", value: null },
  ],
  unit: "currency",
  kpiName: "Bookings vs target",
};

describe("docs/goals.md: the example's figures are the engine's", () => {
  it.each([
    ["2026-10-01", "2580.65"],
    ["2026-10-15", "38709.68"],
    ["2026-10-31", "80000.00"],
    ["2026-11-15", "130000.00"],
    ["2026-11-30", "180000.00"],
    ["2026-12-31", "300000.00"],
  ])("%s: %s expected, as the page's table says", (today, expected) => {
    expect(evaluateGoalProgress({ ...example, today }).expectedByToday).toBe(expected);
    expect(page).toMatch(new RegExp(`\\| [^|]*${expected.replace(".", "\\.")}[^|]* \\|\\n`));
  });

  it("the explanation sentence quoted on the page", () => {
    const { explanation } = evaluateGoalProgress(example);
    expect(explanation).toBe(
      "At risk: Bookings vs target 120000 against 130000.00 expected by today (target 300000 by 2026-12-31).",
    );
    expect(page.replace(/\s+/g, " ")).toContain(explanation);
  });
});
