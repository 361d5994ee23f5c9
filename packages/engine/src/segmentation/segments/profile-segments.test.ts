import { describe, expect, it } from "vitest";
import { SegmentationInputError } from "../segmentation-input-error";
import { context, testAccount } from "../test-account";
import { profileSegments } from "./profile-segments";

const accounts = [
  testAccount(
    "a",
    { potential: "1000" },
    {
      orders: 2,
      revenue: "100.50",
      wonDeals: 3,
      lostDeals: 1,
      revenueByYear: { "2024": "80", "2025": "100.50" },
    },
  ),
  testAccount(
    "b",
    {},
    { orders: 1, revenue: "49.5", wonDeals: 0, lostDeals: 2, revenueByYear: { "2024": "20", "2025": "0" } },
  ),
  testAccount("c", { potential: "250.25" }),
  testAccount("d", { potential: "5" }, { orders: 1, revenue: "7" }),
];
const assignments = [
  { accountId: "a", segment: "X", trace: [] },
  { accountId: "b", segment: "X", trace: [] },
  { accountId: "c", segment: "Y", trace: [] },
  { accountId: "d", segment: null, trace: [] },
];

describe("profileSegments", () => {
  it("X: revenue 100.50 + 49.5 = 150.00; win rate 3 ÷ 6 = 0.5000; average order 150.00 ÷ 3 = 50.00; growth (100.50 − 100) ÷ 100 = 0.0050", () => {
    expect(profileSegments(accounts, assignments, context)).toEqual([
      {
        segment: "X",
        accounts: 2,
        revenue: "150.00",
        potential: "1000",
        winRate: "0.5000",
        averageOrder: "50.00",
        growth: "0.0050",
      },
      {
        segment: "Y",
        accounts: 1,
        revenue: "0",
        potential: "250.25",
        winRate: null,
        averageOrder: null,
        growth: null,
      },
    ]);
  });

  it("segments follow the given order (empty ones left out), unsegmented accounts are not profiled", () => {
    expect(profileSegments(accounts, assignments, context, ["Y", "Z", "X"]).map((p) => p.segment)).toEqual([
      "Y",
      "X",
    ]);
  });

  it("average order rounds half up: 10.00 ÷ 3 orders = 3.33; 0.05 ÷ 2 = 0.03", () => {
    const one = (revenue: string, orders: number) =>
      profileSegments(
        [testAccount("x", {}, { revenue, orders })],
        [{ accountId: "x", segment: "S", trace: [] }],
        context,
      )[0]?.averageOrder;
    expect(one("10.00", 3)).toBe("3.33");
    expect(one("0.05", 2)).toBe("0.03");
  });

  it("growth is null when the year before is zero or negative, and can be negative", () => {
    const growth = (previous: string, current: string) =>
      profileSegments(
        [testAccount("x", {}, { revenueByYear: { "2024": previous, "2025": current } })],
        [{ accountId: "x", segment: "S", trace: [] }],
        context,
      )[0]?.growth;
    expect(growth("-10", "5")).toBeNull();
    expect(growth("200", "150")).toBe("-0.2500");
  });

  it("an assignment to an unknown account is an error naming it", () => {
    expect(() => profileSegments(accounts, [{ accountId: "zz", segment: "X", trace: [] }], context)).toThrow(
      SegmentationInputError,
    );
  });
});
