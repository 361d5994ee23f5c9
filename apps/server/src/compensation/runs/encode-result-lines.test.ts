import { type ResultLine, sumAmounts } from "@attain/engine";
import { describe, expect, it } from "vitest";
import { decodeResultLines } from "./decode-result-lines";
import {
  encodeResultLines,
  PACKED_PREFIX,
  packResultLines,
  sumPlainAmounts,
  totalLines,
} from "./encode-result-lines";

const lineOf = (n: number): ResultLine =>
  ({
    component: n % 3 === 0 ? "Override" : "Bookings",
    kind: "commission",
    creditId: `tx-${n}:ana:direct`,
    transactionId: `tx-${n}`,
    exact: `${n}.125`,
    amount: `${n}.13`,
    trace: [
      { rule: "credit", detail: `credit tx-${n} "quoted", é → ✓`, values: { bookings: `${n * 10}.5` } },
      { rule: "rate", detail: "4%", values: { rate: "0.04", amount: `${n}.13` } },
    ],
  }) as ResultLine;

describe("packResultLines", () => {
  it("keeps a short document as plain JSON", async () => {
    const lines = [lineOf(1)];
    expect(await packResultLines(lines)).toBe(encodeResultLines(lines));
  });

  it("compresses a long one, and decodeResultLines reads it back exactly", async () => {
    const lines = Array.from({ length: 500 }, (_, i) => lineOf(i + 1));
    const packed = await packResultLines(lines);
    expect(packed.startsWith(PACKED_PREFIX)).toBe(true);
    expect(packed).toMatch(/^b1:[A-Za-z0-9+/=]+$/); // nothing to quote in CSV
    expect(packed.length).toBeLessThan(encodeResultLines(lines).length / 3);
    expect(decodeResultLines(packed)).toEqual(decodeResultLines(encodeResultLines(lines)));
    expect(decodeResultLines(packed)[499]).toMatchObject({
      lineNo: 500,
      amount: "500.13",
      trace: lines[499]!.trace,
    });
  });
});

describe("sumPlainAmounts", () => {
  it("gives sumAmounts' text", () => {
    for (const amounts of [
      [],
      ["0"],
      ["-0.00", "0.00"],
      ["1.00", "-1.00"],
      ["0.5", "0.25"],
      ["-0.5", "0.25"],
      ["10", "0.001"],
      ["007.10", "-3"],
      ["123456789012345678901234567890.123", "0.877"],
    ])
      expect(sumPlainAmounts(amounts)).toBe(sumAmounts(amounts));
  });

  it("rejects what sumAmounts rejects", () => {
    expect(() => sumPlainAmounts(["1.0", "1e3"])).toThrow(/plain decimal/);
  });

  it("totals lines per kind and component", () => {
    expect(totalLines([lineOf(1), lineOf(2), lineOf(3)])).toEqual({
      byKind: { commission: "6.39" },
      byComponent: { Bookings: "3.26", Override: "3.13" },
    });
  });
});
