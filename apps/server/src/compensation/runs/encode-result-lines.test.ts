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

describe("encodeResultLines", () => {
  it("writes a step shared by consecutive lines once, and decodes it into each line as its own copy", () => {
    const gate = { rule: "gate", detail: "attainment 1.2 ≥ 1.00: open", values: { attainment: "1.2" } };
    const lines = [1, 2, 3].map((n) => {
      const line = lineOf(n);
      return { ...line, trace: [line.trace[0]!, gate, line.trace[1]!] };
    });
    const text = encodeResultLines(lines);
    expect(text.split("attainment 1.2").length - 1).toBe(1);
    const decoded = decodeResultLines(text);
    expect(decoded.map((line) => line.trace)).toEqual(lines.map((line) => line.trace));
    expect(decoded[0]!.trace[1]).not.toBe(decoded[1]!.trace[1]);
    expect(decoded[0]!.trace[1]!.values).not.toBe(decoded[1]!.trace[1]!.values);
  });

  it("writes a line's credit and transaction ids once, and a value the previous line has in the string table", () => {
    const lines = [1, 2, 3].map(
      (n): ResultLine => ({
        ...lineOf(n),
        trace: [
          {
            rule: "credit",
            detail: `credit tx-${n}:ana:direct (direct) → ✓`,
            values: {
              creditId: `tx-${n}:ana:direct`,
              transactionId: `tx-${n}`,
              path: "owner > rollup level 1",
            },
          },
        ],
      }),
    );
    const text = encodeResultLines(lines);
    expect(text.split("tx-2:ana:direct").length - 1).toBe(1);
    expect(text.split("owner > rollup level 1").length - 1).toBe(2); // line 1, then the string table
    expect(decodeResultLines(text).map((line) => line.trace)).toEqual(lines.map((line) => line.trace));
  });

  it("still reads version 1 documents (details in the string table, no step refs)", () => {
    const v1 = JSON.stringify({
      v: 1,
      s: ["Bookings", "commission", "credit", "credit tx-1", "bookings", "rate", "4%"],
      l: [[0, 1, "tx-1:ana:direct", "tx-1", "1.125", "1.13", [2, 3, 4, "10.5"], [5, 6, 5, "0.04"]]],
    });
    expect(decodeResultLines(v1)).toEqual([
      {
        lineNo: 1,
        component: "Bookings",
        kind: "commission",
        creditId: "tx-1:ana:direct",
        transactionId: "tx-1",
        exact: "1.125",
        amount: "1.13",
        trace: [
          { rule: "credit", detail: "credit tx-1", values: { bookings: "10.5" } },
          { rule: "rate", detail: "4%", values: { rate: "0.04" } },
        ],
      },
    ]);
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
