import { describe, expect, it } from "vitest";
import { parseDecimal } from "./parse-decimal";

describe("parseDecimal", () => {
  it.each([
    ["-12.50", "-12.50"],
    ["007.10", "7.10"],
    ["-0.00", "0.00"],
    ["0", "0"],
    ["123456789012345678901234567890.123456", "123456789012345678901234567890.123456"],
  ])("accepts %s as %s", (text, expected) => {
    expect(parseDecimal(text)).toBe(expected);
  });

  it.each([
    "1e3",
    "1E-2",
    "NaN",
    "Infinity",
    "-Infinity",
    "",
    " 1",
    "1 ",
    "+1",
    ".5",
    "1.",
    "1,5",
    "12.5.1",
    "--1",
    "0x10",
  ])("rejects %j", (text) => {
    expect(() => parseDecimal(text)).toThrow(/Not a plain decimal/);
  });

  it("rejects a number passed where a string belongs", () => {
    expect(() => parseDecimal(12 as unknown as string)).toThrow(/Not a plain decimal/);
  });
});
