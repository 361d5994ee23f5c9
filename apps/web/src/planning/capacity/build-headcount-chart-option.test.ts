import { describe, expect, it } from "vitest";
import { buildHeadcountChartOption, requiredColor, roleColors } from "./build-headcount-chart-option";

const month = (m: string, heads: string, requiredHeads: string) => ({
  month: m,
  heads,
  rampedHeads: heads,
  requiredHeads,
  capacity: "0",
  target: "0",
  gap: "0",
});
// The server test's plan: 3 AEs (1.9608 needed), 1 SDR + 1 hire from January (3 ÷ 2 = 1.5000 needed).
const roles = [
  { role: "ae", months: [month("2027-01", "3.0000", "1.9608"), month("2027-02", "2.9596", "1.9608")] },
  { role: "sdr", months: [month("2027-01", "2.0000", "1.5000"), month("2027-02", "2.0000", "1.4798")] },
];
const names: Record<string, string> = { ae: "AE", sdr: "SDR" };
const option = buildHeadcountChartOption(roles, {
  locale: "en",
  roleName: (role) => names[role] ?? role,
  requiredLabel: "Heads needed",
});
const series = option.series as { name: string; stack?: string; color: string; data: number[] }[];

describe("buildHeadcountChartOption", () => {
  it("one stacked bar series per role, in the plan's order and colours, then the line of heads needed", () => {
    expect(series.map((s) => [s.name, s.stack, s.color])).toEqual([
      ["AE", "heads", roleColors[0]],
      ["SDR", "heads", roleColors[1]],
      ["Heads needed", undefined, requiredColor],
    ]);
  });
  it("bars at each role's heads: AE 3, 2.9596; SDR 2, 2", () => {
    expect(series[0]?.data).toEqual([3, 2.9596]);
    expect(series[1]?.data).toEqual([2, 2]);
  });
  it("heads needed = Σ required heads, exact: 1.9608 + 1.5000 = 3.4608; 1.9608 + 1.4798 = 3.4406", () =>
    expect(series[2]?.data).toEqual([3.4608, 3.4406]));
  it("tooltip of January from the strings, role by role", () => {
    const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
    expect(formatter([{ dataIndex: 0 }])).toBe(
      "<strong>January 2027</strong><br/>AE: <strong>3</strong><br/>SDR: <strong>2</strong><br/>Heads needed: 3.5",
    );
  });
  it("no roles: no months, only the empty line", () => {
    const empty = buildHeadcountChartOption([], { locale: "en", roleName: String, requiredLabel: "x" });
    expect((empty.xAxis as { data: string[] }).data).toEqual([]);
  });
});
