import { describe, expect, it } from "vitest";
import { evaluateTiers } from "./evaluate-tiers";
import { tierTable } from "./test-fixtures";

// Oracle "Options for Splitting Attainment Numbers Across Rate Tiers" (worked-examples 1.3).
const oracleBands: [string, string | null, string][] = [
  ["0", "10000", "0.01"],
  ["10000", "50000", "0.02"],
  ["50000", "100000", "0.03"],
  ["100000", "9999999", "0.04"],
];
const oracleFlat = tierTable("Oracle flat", "amount", "retroactive", oracleBands);
const oracleStep = tierTable("Oracle step", "amount", "marginal", oracleBands);

describe("evaluateTiers", () => {
  it("Oracle 1.3 rate not split: 5,000×1% = 50; 15,000×2% = 300; 60,000×3% = 1,800", () => {
    expect(evaluateTiers(oracleFlat, "5000", null).amount).toBe("50");
    expect(evaluateTiers(oracleFlat, "15000", null).amount).toBe("300");
    expect(evaluateTiers(oracleFlat, "60000", null).amount).toBe("1800");
  });

  it("Oracle 1.3 step: 15,000 → 100 + 100 = 200; 60,000 → 100 + 800 + 300 = 1,200", () => {
    const fifteen = evaluateTiers(oracleStep, "15000", null);
    expect(fifteen.amount).toBe("200");
    expect(fifteen.bands.map((b) => b.amount)).toEqual(["100", "100"]);
    const sixty = evaluateTiers(oracleStep, "60000", null);
    expect(sixty.amount).toBe("1200");
    expect(sixty.bands.map((b) => [b.band, b.part, b.amount])).toEqual([
      [1, "10000", "100"],
      [2, "40000", "800"],
      [3, "10000", "300"],
    ]);
  });

  const equal: [string, string | null, string][] = [
    ["0", "25000", "0.01"],
    ["25000", "50000", "0.02"],
    ["50000", "75000", "0.03"],
    ["75000", "100000", "0.04"],
  ];

  it("Oracle equal tier values, boundary upper: 50,000 pays the higher band, 50,000×3% = 1,500", () => {
    const result = evaluateTiers(tierTable("Equal", "amount", "retroactive", equal, "upper"), "50000", null);
    expect([result.rate, result.amount, result.bands[0]?.band]).toEqual(["0.03", "1500", 3]);
  });

  it("boundary lower: 50,000 stays in the lower band, 50,000×2% = 1,000", () => {
    const result = evaluateTiers(tierTable("Equal", "amount", "retroactive", equal, "lower"), "50000", null);
    expect([result.rate, result.amount, result.bands[0]?.band]).toEqual(["0.02", "1000", 2]);
  });

  it("SparrowGenie 1.7 graduated: 50,000×5% + 50,000×7% + 75,000×10% = 2,500 + 3,500 + 7,500 = 13,500", () => {
    const table = tierTable("Graduated", "amount", "marginal", [
      ["0", "50000", "0.05"],
      ["50000", "100000", "0.07"],
      ["100000", null, "0.10"],
    ]);
    const result = evaluateTiers(table, "175000", null);
    expect(result.amount).toBe("13500");
    expect(result.bands.map((b) => b.amount)).toEqual(["2500", "3500", "7500"]);
  });

  const salesCookie: [string, string | null, string][] = [
    ["0", "1.00", "0.06"],
    ["1.00", "1.50", "0.08"],
    ["1.50", null, "0.10"],
  ];

  it("Sales Cookie 2.1 marginal on attainment: quota 100,000, credit 110,000 → 100,000×6% + 10,000×8% = 6,800", () => {
    const result = evaluateTiers(tierTable("SC", "attainment", "marginal", salesCookie), "110000", "100000");
    expect(result.amount).toBe("6800");
    expect(result.bands.map((b) => [b.from, b.to, b.part, b.amount])).toEqual([
      ["0", "100000", "100000", "6000"],
      ["100000", "150000", "10000", "800"],
    ]);
  });

  it("Sales Cookie 2.1 retroactive on attainment: 110,000 at 110% → 110,000×8% = 8,800", () => {
    expect(
      evaluateTiers(tierTable("SC", "attainment", "retroactive", salesCookie), "110000", "100000").amount,
    ).toBe("8800");
  });

  it("interpolated: 2%→4% across 100k–200k, 150,000 → rate 3%, 150,000×3% = 4,500", () => {
    const table = tierTable("Linear", "amount", "interpolated", [
      ["0", "100000", "0.02", "0.02"],
      ["100000", "200000", "0.02", "0.04"],
      ["200000", null, "0.04"],
    ]);
    expect(evaluateTiers(table, "150000", null)).toMatchObject({ rate: "0.03", amount: "4500" });
    expect(evaluateTiers(table, "250000", null)).toMatchObject({ rate: "0.04", amount: "10000" });
  });

  it("a reversal mirrors the deal: −15,000 on the step table = −(100 + 100) = −200", () => {
    expect(evaluateTiers(oracleStep, "-15000", null).amount).toBe("-200");
  });

  it("an attainment table without quota pays band 1 on the whole value: 110,000×6% = 6,600", () => {
    expect(
      evaluateTiers(tierTable("SC", "attainment", "retroactive", salesCookie), "110000", null).amount,
    ).toBe("6600");
  });

  it("rejects a table that does not start at 0", () => {
    const table = tierTable("Bad", "amount", "marginal", [["10", null, "0.01"]]);
    expect(() => evaluateTiers(table, "5", null)).toThrow("Tier table 'Bad': band 1 must start at 0, not 10");
  });
});
