import { describe, expect, it } from "vitest";
import { useCompFixture } from "../../compensation/workflow/use-comp-fixture";
import { estimateCostOfSales } from "./estimate-cost-of-sales";

const env = useCompFixture();
const months = Array.from({ length: 12 }, (_, i) => `2027-${String(i + 1).padStart(2, "0")}`);
const flat = (amount: string) => months.map(() => amount);

describe("cost of sales through the compensation engine", () => {
  it("the flat 10% monthly plan: Ana 12 × 10,000 × 1 = 120,000 → 12,000.00; Ben 12 × 5,000 × 0.5 → 3,000.00; Carl 12 × 20,000 × 1.2 = 288,000 → 28,800.00; total 43,800.00 ÷ 438,000 = 0.1000", async () => {
    const { ana, ben, carl, mia } = env.fixture.people;
    const attainment: Record<string, string> = { [ana]: "1", [ben]: "0.5", [carl]: "1.2" };
    const cost = await estimateCostOfSales(env.database, {
      workspaceId: env.fixture.workspaceId,
      fiscalYear: 2027,
      measure: "bookings",
      calendar: { startMonth: 1, naming: "end" },
      currency: "EUR",
      months,
      people: [
        { personId: ana, name: "Ana Seller", months: flat("10000.00") },
        { personId: ben, name: "Ben Seller", months: flat("5000.00") },
        { personId: carl, name: "Carl Seller", months: flat("20000.00") },
        { personId: mia, name: "Mia Manager", months: flat("1000.00") },
      ],
      expectedAttainment: (personId) => attainment[personId] ?? "1",
    });
    expect(cost).toEqual({
      currency: "EUR",
      costOfSales: "43800.00",
      expectedBookings: "438000.00",
      ratio: "0.1000",
      people: [
        {
          personId: ana,
          name: "Ana Seller",
          planKey: "ae-2026",
          quota: "120000.00",
          expectedAttainment: "1",
          expectedBookings: "120000.00",
          payout: "12000.00",
        },
        {
          personId: ben,
          name: "Ben Seller",
          planKey: "ae-2026",
          quota: "60000.00",
          expectedAttainment: "0.5",
          expectedBookings: "30000.00",
          payout: "3000.00",
        },
        {
          personId: carl,
          name: "Carl Seller",
          planKey: "ae-2026",
          quota: "240000.00",
          expectedAttainment: "1.2",
          expectedBookings: "288000.00",
          payout: "28800.00",
        },
      ],
      problems: [
        {
          personId: mia,
          name: "Mia Manager",
          message: "No published compensation plan in force on 2027-01-01.",
        },
      ],
      compPlans: [{ planId: env.fixture.plan.id, planName: "AE 2026", version: 1, status: "published" }],
    });
  });
});
