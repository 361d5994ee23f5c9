import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assignTerritoryColours, hashKey, TERRITORY_PALETTE } from "./territory-colours";

describe("assignTerritoryColours", () => {
  it("gives every key a palette colour, distinct while there are at most 20 keys", () => {
    const keys = Array.from({ length: 20 }, (_, i) => `T-${i}`);
    const colours = assignTerritoryColours(keys);
    expect(new Set(colours.values()).size).toBe(20);
    for (const c of colours.values()) expect(TERRITORY_PALETTE).toContain(c);
  });
  it("starts each key at the slot its hash names", () => {
    const colours = assignTerritoryColours(["FR-1"]);
    expect(colours.get("FR-1")).toBe(TERRITORY_PALETTE[hashKey("FR-1") % 20]);
  });
  it("reuses colours past 20 keys instead of failing", () => {
    const keys = Array.from({ length: 45 }, (_, i) => `K${i}`);
    expect(assignTerritoryColours(keys).size).toBe(45);
  });
  it("does not depend on the order keys arrive in (property)", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1, maxLength: 6 }), { maxLength: 30 }), (keys) => {
        const forward = assignTerritoryColours(keys);
        const backward = assignTerritoryColours([...keys].reverse());
        for (const key of keys) expect(backward.get(key)).toBe(forward.get(key));
      }),
    );
  });
  it("keeps colours distinct for any ≤ 20 keys (property)", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1, maxLength: 8 }), { maxLength: 20 }), (keys) => {
        expect(new Set(assignTerritoryColours(keys).values()).size).toBe(keys.length);
      }),
    );
  });
});
