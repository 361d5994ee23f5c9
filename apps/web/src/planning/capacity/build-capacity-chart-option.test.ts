import { describe, expect, it } from "vitest";
import { buildCapacityChartOption, capacityColors } from "./build-capacity-chart-option";

const month = (m: string, capacity: string, target: string, gap: string) => ({
  month: m,
  heads: "10",
  rampedHeads: "9.5",
  capacity,
  target,
  gap,
  requiredHeads: "9",
});
// gap = target − capacity: January 1,200,000 − 1,000,000 = 200,000 short; February 800,000 − 1,000,000 = −200,000.
const plan = {
  months: [
    month("2027-01", "1000000.00", "1200000.00", "200000.00"),
    month("2027-02", "1000000.00", "800000.00", "-200000.00"),
  ],
};
const labels = { capacity: "Capacity", target: "Target", gap: "Gap", heads: "Heads" };

describe("buildCapacityChartOption", () => {
  const option = buildCapacityChartOption(plan, { locale: "en", currency: "EUR", labels });
  const [bars, target] = option.series as { data: unknown[] }[];
  it("bars at 1,000,000 both months; January (short by 200,000) in orange, February covered", () => {
    expect(bars?.data).toEqual([
      { value: 1000000, itemStyle: { color: capacityColors.short } },
      { value: 1000000, itemStyle: { color: capacityColors.capacity } },
    ]);
  });
  it("target line 1,200,000 then 800,000", () => expect(target?.data).toEqual([1200000, 800000]));
  it("tooltip of January from the strings: €1,000,000.00 against €1,200,000.00, gap €200,000.00", () => {
    const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
    expect(formatter([{ dataIndex: 0 }])).toBe(
      "<strong>January 2027</strong><br/>Capacity: <strong>€1,000,000.00</strong><br/>Target: €1,200,000.00<br/>Gap: €200,000.00<br/>Heads: 10",
    );
  });
  it("axis months Jan 27, Feb 27", () =>
    expect((option.xAxis as { data: string[] }).data).toEqual(["Jan 27", "Feb 27"]));
});
