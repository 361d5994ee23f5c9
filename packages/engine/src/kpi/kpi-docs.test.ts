import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { Dec } from "../money/decimal";
import { kpiCatalogue } from "./catalogue";
import { compileKpiFormula } from "./compile-kpi-formula";
import { elapsedShare } from "./elapsed-share";
import { evaluateKpi } from "./evaluate-kpi";
import { kpiAttainment, kpiStatus } from "./kpi-status";
import { kpiTarget } from "./kpi-target";
import { measureDefinitions, measureFamilies } from "./measures";

const read = (path: string) => readFileSync(new URL(`../../../../docs/${path}`, import.meta.url), "utf8");
const reference = read("kpis.md");
const calculation = read("calculations/kpis.md");

/** The cells of each table row between `<!-- worked-example:<name> -->` and the next `<!-- /worked-example -->`. */
function exampleRows(name: string): string[][] {
  const start = calculation.indexOf(`<!-- worked-example:${name} -->`);
  const end = calculation.indexOf("<!-- /worked-example -->", start);
  if (start < 0 || end < 0) throw new Error(`docs/calculations/kpis.md has no worked-example:${name} table`);
  return calculation
    .slice(start, end)
    .split("\n")
    .filter((line) => line.startsWith("| ") && !line.startsWith("| ---"))
    .slice(1)
    .map((line) =>
      line
        .slice(1, -1)
        .split(" | ")
        .map((cell) => cell.trim().replaceAll("`", "")),
    );
}

const kpi = (key: string) => {
  const found = kpiCatalogue.find((definition) => definition.key === key);
  if (found === undefined) throw new Error(`docs name an unknown KPI ${key}`);
  return found;
};

describe("docs/kpis.md cannot drift from the catalogue", () => {
  it("mentions every KPI key and every measure key, as code", () => {
    const missing = [
      ...kpiCatalogue.map((definition) => definition.key),
      ...measureDefinitions.map((measure) => measure.key),
      ...Object.keys(measureFamilies).map((family) => `${family}.<`),
    ].filter((key) => !reference.includes(`\`${key}`));
    expect(missing).toEqual([]);
  });

  it("shows each KPI's formula as in the catalogue", () => {
    for (const definition of kpiCatalogue)
      expect(reference, definition.key).toContain(`\`${definition.formula}\``);
  });
});

describe("docs/kpis.md: the custom KPI examples", () => {
  const known = measureDefinitions.map((measure) => measure.key);

  it.each([
    "won_amount / (deals_won + deals_lost)",
    "IF(calls = 0, 0, meetings / calls)",
    "MIN(emails_replied / emails, 1)",
    "IF(deals_lost = 0, 0, deals_won / deals_lost)",
  ])("%s is in the page and compiles", (formula) => {
    expect(reference).toContain(`\`${formula}\``);
    expect(compileKpiFormula(formula, known)).toMatchObject({ ok: true });
  });

  it.each(["deals_won > 3", "calls / (2 - 2)"])("%s is in the page and is rejected", (formula) => {
    expect(reference).toContain(`\`${formula}\``);
    expect(compileKpiFormula(formula, known)).toMatchObject({ ok: false });
  });
});

describe("docs/calculations/kpis.md: the worked example holds", () => {
  const measures = Object.fromEntries(
    exampleRows("measures").map(([key, value]) => [key ?? "", value ?? ""]),
  );

  it("has the 14 measures of team West's quarter", () => {
    expect(Object.keys(measures)).toHaveLength(14);
  });

  it.each(exampleRows("kpis").map(([, key, , value]) => [key ?? "", value ?? ""]))(
    "%s = %s",
    (key, value) => {
      expect(evaluateKpi(kpi(key), measures)).toMatchObject({ value, reason: null });
    },
  );

  it("targets and attainments of the text: bookings 450000.00 and 0.9167; coverage 0.8444, off track; cycle vs 45 days 0.9783, at risk", () => {
    const bookings = evaluateKpi(kpi("bookings"), measures).value;
    expect(kpiTarget(kpi("bookings"), measures)).toBe("450000.00");
    expect(kpiAttainment(bookings, "450000.00", "up")).toBe("0.9167");
    const coverage = evaluateKpi(kpi("pipeline_coverage"), measures).value;
    expect(kpiAttainment(coverage, "3", "up")).toBe("0.8444");
    expect(kpiStatus({ value: coverage, target: "3", direction: "up", accrues: false, elapsed: "0.5" })).toBe(
      "off_track",
    );
    const cycle = evaluateKpi(kpi("sales_cycle"), measures).value;
    expect(kpiAttainment(cycle, "45", "down")).toBe("0.9783");
    expect(kpiStatus({ value: cycle, target: "45", direction: "down", accrues: false, elapsed: "1" })).toBe(
      "at_risk",
    );
  });

  it.each(exampleRows("pace"))(
    "%s: elapsed %s, bookings %s against %s due → %s",
    (today, elapsed, value, due, status) => {
      expect(elapsedShare("2026-07-01", "2026-10-01", today ?? "")).toBe(elapsed);
      expect(
        kpiStatus({
          value: value ?? "",
          target: "450000",
          direction: "up",
          accrues: true,
          elapsed: elapsed ?? "",
        }),
      ).toBe(status);
      expect(new Dec("450000").times(elapsed ?? "").toFixed()).toBe(due);
    },
  );

  it("the no-deal sentences", () => {
    const none = { ...measures, deals_won: "0", deals_lost: "0" };
    expect(evaluateKpi(kpi("win_rate"), none).reason?.message).toBe(
      "No deal was won in the period and no deal was lost in the period, so there is no win rate.",
    );
    expect(evaluateKpi(kpi("average_deal_size"), none).reason?.message).toBe(
      "No deal was won in the period, so there is no average deal size.",
    );
    expect(calculation).toContain("No deal was won in the period, so there is no average deal size");
  });
});
