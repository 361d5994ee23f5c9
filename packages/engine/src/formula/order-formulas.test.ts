import { describe, expect, it } from "vitest";
import { orderFormulas } from "./order-formulas";
import { testEnvironment } from "./test-environment";

const order = (defs: Record<string, string>) =>
  orderFormulas(
    Object.entries(defs).map(([name, formula]) => ({ name, formula })),
    testEnvironment,
  );

describe("orderFormulas", () => {
  it("puts each variable after the ones it uses: payout uses rate uses ratio → ratio, rate, payout", () => {
    expect(
      order({
        payout: "credit * rate",
        rate: "IF(ratio >= 1, 10%, 5%)",
        ratio: "credit / quota",
        label: 'segment & " " & ratio',
        qualifies: "ratio > 0.5",
      }),
    ).toEqual({
      ok: true,
      order: ["ratio", "rate", "payout", "label", "qualifies"],
      types: { ratio: "number", rate: "number", payout: "number", label: "text", qualifies: "boolean" },
    });
  });
  it("independent variables keep definition order", () => {
    expect(order({ b: "1", a: "2", c: "3" })).toEqual({
      ok: true,
      order: ["b", "a", "c"],
      types: { b: "number", a: "number", c: "number" },
    });
  });
  it("a variable's type flows into its users: flag & 1 is rejected when flag is TRUE/FALSE", () => {
    expect(order({ flag: "credit > quota", text: "flag & 1" })).toEqual({
      ok: false,
      errors: [
        { name: "text", message: '"&" joins text or numbers, but this is TRUE/FALSE', start: 0, end: 4 },
      ],
    });
  });
  it("a → b → a is a cycle named in order, pointing at a's use of b", () => {
    expect(order({ a: "b + 1", b: "a * 2" })).toEqual({
      ok: false,
      errors: [{ name: "a", message: "Circular reference: a → b → a", start: 0, end: 1 }],
    });
  });
  it("a longer cycle a → b → c → a, a self-reference d → d, and a user of the cycle e (not reported again)", () => {
    expect(order({ a: "1 + b", b: "c", c: "a", d: "d + 1", e: "a * 2" })).toEqual({
      ok: false,
      errors: [
        { name: "a", message: "Circular reference: a → b → c → a", start: 4, end: 5 },
        { name: "d", message: "Circular reference: d → d", start: 0, end: 1 },
      ],
    });
  });
  it("unknown names are reported per definition at their position", () => {
    expect(order({ a: "credit * bonus", b: "a + nothing" })).toEqual({
      ok: false,
      errors: [{ name: "a", message: "Unknown name: bonus", start: 9, end: 14 }],
    });
    expect(order({ a: "credit * 2", b: "a + nothing" })).toEqual({
      ok: false,
      errors: [{ name: "b", message: "Unknown name: nothing", start: 4, end: 11 }],
    });
  });
  it("syntax errors, bad names, duplicates and clashes with inputs", () => {
    const result = orderFormulas(
      [
        { name: "a", formula: "1 +" },
        { name: "2x", formula: "1" },
        { name: "TRUE", formula: "1" },
        { name: "b", formula: "1" },
        { name: "b", formula: "2" },
        { name: "credit", formula: "3" },
      ],
      testEnvironment,
    );
    const nameMessage = (n: string) =>
      `"${n}" is not a valid variable name (letters, digits, _ and ., starting with a letter or _)`;
    expect(result).toEqual({
      ok: false,
      errors: [
        { name: "a", message: "Unexpected end of formula", start: 3, end: 3 },
        { name: "2x", message: nameMessage("2x"), start: 0, end: 0 },
        { name: "TRUE", message: nameMessage("TRUE"), start: 0, end: 0 },
        { name: "b", message: "Variable b is defined more than once", start: 0, end: 0 },
        { name: "credit", message: "Variable credit has the same name as an input", start: 0, end: 0 },
      ],
    });
  });
  it("no definitions: an empty order", () => {
    expect(orderFormulas([], testEnvironment)).toEqual({ ok: true, order: [], types: {} });
  });
});
