import { geoBounds, geoCentroid, geoContains, geoDistance } from "d3-geo";
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from "geojson";
import { isoNumeric } from "./iso-numeric";

export type CountryFeature = Feature<Polygon | MultiPolygon, { name: string }>;

/** The world-atlas features of the plan's countries (alpha-2 codes), in the order given; unknown codes skipped. */
export function selectCountries(all: CountryFeature[], alpha2: string[]): CountryFeature[] {
  const byId = new Map(all.map((f) => [String(f.id), f]));
  const chosen: CountryFeature[] = [];
  for (const code of alpha2) {
    const id = isoNumeric(code);
    const feature = id ? byId.get(id) : undefined;
    if (feature && !chosen.includes(feature)) chosen.push(feature);
  }
  return chosen;
}

const EARTH_RADIUS_KM = 6371;
/** Parts further than this from a country's largest part are overseas (Alaska, French Guiana, Réunion…). */
const MAINLAND_RADIUS_KM = 2500;

/**
 * The parts of a country to fit the map to: its largest polygon, the parts near it (Corsica, Northern Ireland), and
 * any part holding one of the given points (an account in Hawaii brings Hawaii in). Fitting to the whole
 * MultiPolygon would zoom France out to include French Guiana, or the US to span the antimeridian for Alaska.
 */
export function mainlandOf(country: CountryFeature, points: Position[] = []): CountryFeature {
  if (country.geometry.type === "Polygon") return country;
  const parts = country.geometry.coordinates.map((coordinates) => ({
    polygon: { type: "Polygon", coordinates } satisfies Polygon,
  }));
  const areas = parts.map((p) => polygonArea(p.polygon));
  const largest = parts[areas.indexOf(Math.max(...areas))];
  if (!largest) return country;
  const centre = geoCentroid(largest.polygon);
  const kept = parts.filter((p) => {
    if (p === largest || geoDistance(centre, geoCentroid(p.polygon)) * EARTH_RADIUS_KM <= MAINLAND_RADIUS_KM)
      return true;
    // A cheap box test first: thousands of accounts against every island with geoContains alone takes seconds.
    const [[west, south], [east, north]] = geoBounds(p.polygon);
    const wraps = west > east; // the part crosses the antimeridian
    return points.some(([lon = 0, lat = 0]) => {
      if (lat < south || lat > north) return false;
      if (wraps ? lon < west && lon > east : lon < west || lon > east) return false;
      return geoContains(p.polygon, [lon, lat]);
    });
  });
  return {
    ...country,
    geometry: { type: "MultiPolygon", coordinates: kept.map((p) => p.polygon.coordinates) },
  };
}

/** Planar area of the outer ring in square degrees: enough to tell a mainland from its islands. */
function polygonArea(polygon: Polygon): number {
  const ring = polygon.coordinates[0] ?? [];
  let twice = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x1 = 0, y1 = 0] = ring[i] ?? [];
    const [x2 = 0, y2 = 0] = ring[i + 1] ?? [];
    twice += x1 * y2 - x2 * y1;
  }
  return Math.abs(twice) / 2;
}

/** What the projection is fitted to: the countries' mainlands plus every account (so none falls off the map). */
export function fitTarget(countries: CountryFeature[], points: Position[]): FeatureCollection {
  return {
    type: "FeatureCollection",
    features: [
      ...countries.map((c) => mainlandOf(c, points)),
      ...(points.length > 0
        ? [
            {
              type: "Feature",
              properties: {},
              geometry: { type: "MultiPoint", coordinates: points },
            } as const,
          ]
        : []),
    ],
  };
}
