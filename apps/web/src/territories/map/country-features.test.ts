import { geoBounds } from "d3-geo";
import { describe, expect, it } from "vitest";
import { fitTarget, mainlandOf, selectCountries } from "./country-features";
import { isoNumeric } from "./iso-numeric";
import { testAtlas } from "./test-atlas";

const { world } = testAtlas();
const country = (code: string) => {
  const [found] = selectCountries(world, [code]);
  if (!found) throw new Error(`no ${code} in world-atlas`);
  return found;
};

describe("isoNumeric", () => {
  it("maps alpha-2 to world-atlas ids: FR → 250, DE → 276, US → 840", () => {
    expect([isoNumeric("FR"), isoNumeric("DE"), isoNumeric("US")]).toEqual(["250", "276", "840"]);
  });
  it("reads the common 'UK' and lower case as GB (826)", () => {
    expect([isoNumeric("UK"), isoNumeric("gb")]).toEqual(["826", "826"]);
  });
  it("answers null for a code the atlas does not draw", () => expect(isoNumeric("XX")).toBeNull());
});

describe("selectCountries", () => {
  it("picks the plan's countries in order, once each, skipping unknown codes", () => {
    const names = selectCountries(world, ["DE", "XX", "FR", "UK", "GB"]).map((f) => f.properties.name);
    expect(names).toEqual(["Germany", "France", "United Kingdom"]);
  });
});

describe("mainlandOf", () => {
  it("keeps metropolitan France and Corsica, drops French Guiana and the overseas islands", () => {
    const [[west, south], [east, north]] = geoBounds(mainlandOf(country("FR")));
    expect(west).toBeGreaterThan(-6);
    expect(east).toBeLessThan(10);
    expect(south).toBeGreaterThan(41);
    expect(north).toBeLessThan(52);
    expect(east).toBeGreaterThan(9); // Corsica reaches 9.5°E
  });
  it("keeps the contiguous US without Alaska or Hawaii", () => {
    const [[west, south], [east, north]] = geoBounds(mainlandOf(country("US")));
    expect(west).toBeGreaterThan(-125);
    expect(east).toBeLessThan(-66);
    expect(south).toBeGreaterThan(24);
    expect(north).toBeLessThan(50);
  });
  it("brings an overseas part back when an account is there (Honolulu)", () => {
    const [[west]] = geoBounds(mainlandOf(country("US"), [[-157.86, 21.31]]));
    expect(west).toBeLessThan(-157);
  });
});

describe("fitTarget", () => {
  it("adds the accounts as one MultiPoint after the countries", () => {
    const target = fitTarget([country("DE")], [[2.35, 48.86]]);
    expect(target.features).toHaveLength(2);
    expect(target.features[1]?.geometry).toEqual({ type: "MultiPoint", coordinates: [[2.35, 48.86]] });
  });
  it("has only the countries when no account has coordinates", () => {
    expect(fitTarget([country("DE")], []).features).toHaveLength(1);
  });
});

describe("mainlandOf across the antimeridian", () => {
  it("brings in the Aleutians' part when an account sits on Attu (172.9°E, 52.9°N)", () => {
    const kept = mainlandOf(country("US"), [[172.9, 52.9]]);
    const parts = kept.geometry.type === "MultiPolygon" ? kept.geometry.coordinates.length : 1;
    const without = mainlandOf(country("US"));
    const before = without.geometry.type === "MultiPolygon" ? without.geometry.coordinates.length : 1;
    expect(parts).toBe(before + 1);
  });
});
