import { geoPath } from "d3-geo";
import { describe, expect, it } from "vitest";
import { fitTarget, selectCountries } from "./country-features";
import { fitMapProjection } from "./fit-map-projection";
import { testAtlas } from "./test-atlas";

const { world } = testAtlas();
const size = { width: 800, height: 500, padding: 16 };

describe("fitMapProjection", () => {
  it("fits France and Germany inside the padding and fills one side of the drawing exactly", () => {
    const target = fitTarget(selectCountries(world, ["FR", "DE"]), []);
    const [[x0, y0], [x1, y1]] = geoPath(fitMapProjection(target, size)).bounds(target);
    expect(x0).toBeGreaterThanOrEqual(16 - 1e-6);
    expect(y0).toBeGreaterThanOrEqual(16 - 1e-6);
    expect(x1).toBeLessThanOrEqual(784 + 1e-6);
    expect(y1).toBeLessThanOrEqual(484 + 1e-6);
    // The binding side spans 800 − 2×16 = 768 wide or 500 − 2×16 = 468 high.
    const filled = Math.abs(x1 - x0 - 768) < 0.5 || Math.abs(y1 - y0 - 468) < 0.5;
    expect(filled).toBe(true);
  });
  it("puts Paris west of Berlin and Paris south of Hamburg", () => {
    const projection = fitMapProjection(fitTarget(selectCountries(world, ["FR", "DE"]), []), size);
    const paris = projection([2.35, 48.86]);
    const berlin = projection([13.4, 52.52]);
    const hamburg = projection([9.99, 53.55]);
    expect(paris?.[0]).toBeLessThan(berlin?.[0] ?? 0);
    expect(paris?.[1]).toBeGreaterThan(hamburg?.[1] ?? 0);
  });
  it("falls back to the whole world for an empty target", () => {
    const projection = fitMapProjection({ type: "FeatureCollection", features: [] }, size);
    const [x, y] = projection([0, 0]) ?? [Number.NaN, Number.NaN];
    expect(x).toBeGreaterThan(16);
    expect(x).toBeLessThan(784);
    expect(y).toBeGreaterThan(16);
    expect(y).toBeLessThan(484);
  });
});
