import { type GeoProjection, geoBounds, geoPath } from "d3-geo";
import type { Feature, Geometry } from "geojson";
import type { MapAccount, MapTerritory } from "../../api/territory-types";
import { type CountryFeature, fitTarget, selectCountries } from "./country-features";
import { fitMapProjection, type MapSize } from "./fit-map-projection";
import { radiusForPotential } from "./point-radius";
import { UNASSIGNED_COLOUR } from "./territory-colours";

export type MapPoint = {
  id: string;
  name: string;
  x: number;
  y: number;
  r: number;
  colour: string;
  territoryId: string | null;
  potential: string;
  tier: string | null;
  moved: boolean;
};

export type MapScene = {
  countries: { id: string; name: string; d: string; selected: boolean }[];
  states: { id: string; d: string }[];
  points: MapPoint[];
  bases: { territoryId: string; name: string; x: number; y: number; colour: string }[];
};

export type MapSceneInput = {
  /** Detailed countries (the plan's own are drawn from these). */
  world: CountryFeature[];
  /** Coarse countries drawn around them for context; defaults to `world`. */
  context?: CountryFeature[];
  /** US states (us-atlas), drawn when the plan has US accounts. */
  states: Feature<Geometry, { name: string }>[];
  countries: string[];
  territories: MapTerritory[];
  accounts: MapAccount[];
  /** Colour per territory key. */
  colours: Map<string, string>;
  size: MapSize;
  /** Account → territory to show instead of the account's own (the "after" of a rebalance). */
  assignment?: ReadonlyMap<string, string>;
  moved?: ReadonlySet<string>;
  radius?: { min: number; max: number };
  /** Countries (alpha-2) to zoom the map to; accounts outside the drawing are then left out. */
  focus?: string[];
};

/** Everything the map draws, in SVG coordinates: the fit, the shapes, the circles (largest first), the bases. */
export function buildMapScene(input: MapSceneInput): MapScene {
  const points = input.accounts.map((a) => [a.lon, a.lat]);
  const selected = selectCountries(input.world, input.countries);
  const focused = input.focus && input.focus.length > 0 ? selectCountries(input.world, input.focus) : [];
  // Zoomed to some countries, the fit ignores the accounts (else the other countries' accounts would zoom it out).
  const target = focused.length > 0 ? fitTarget(focused, []) : fitTarget(selected, points);
  const projection = fitMapProjection(target, input.size);
  // Outlines are clipped to the drawing (Canada or Russia would otherwise be drawn whole, off screen), and tenths
  // of a pixel are as fine as a screen shows: both cut the path text the browser has to parse.
  const clipped = fitMapProjection(target, input.size).clipExtent([
    [-2, -2],
    [input.size.width + 2, input.size.height + 2],
  ]);
  const path = geoPath(clipped).digits(1);
  const keyOf = new Map(input.territories.map((t) => [t.id, t.key]));
  const colourOf = (territoryId: string | null) =>
    (territoryId && input.colours.get(keyOf.get(territoryId) ?? "")) || UNASSIGNED_COLOUR;
  const radius = radiusForPotential(
    input.accounts.map((a) => a.potential),
    input.radius ?? { min: 2, max: 12 },
  );

  const view = visibleLonLat(projection, input.size);
  const selectedIds = new Set(selected.map((f) => String(f.id)));
  const around = (input.context ?? input.world).filter(
    (f) =>
      !selectedIds.has(String(f.id)) && intersects(lonLatBox(f), view) && visible(path.bounds(f), input.size),
  );
  // The plan's countries last, so their borders are drawn over their neighbours'.
  const countries = [
    ...around.map((f) => ({ id: String(f.id), name: f.properties.name, d: path(f) ?? "", selected: false })),
    ...selected.map((f) => ({ id: String(f.id), name: f.properties.name, d: path(f) ?? "", selected: true })),
  ];
  const states = input.countries.some((c) => c.toUpperCase() === "US")
    ? input.states.map((f) => ({ id: String(f.id), d: path(f) ?? "" }))
    : [];

  const drawn: MapPoint[] = [];
  for (const a of input.accounts) {
    const xy = project(projection, a.lon, a.lat);
    if (!xy || !inside(xy, input.size)) continue;
    const territoryId = input.assignment?.get(a.id) ?? a.territoryId;
    drawn.push({
      id: a.id,
      name: a.name,
      x: xy[0],
      y: xy[1],
      r: radius(a.potential),
      colour: colourOf(territoryId),
      territoryId,
      potential: a.potential,
      tier: a.tier,
      moved: input.moved?.has(a.id) ?? false,
    });
  }
  // Small circles on top of large ones, so every account stays reachable by the pointer.
  drawn.sort((p, q) => q.r - p.r);

  const bases = input.territories.flatMap((t) => {
    if (t.baseLatitude === null || t.baseLongitude === null) return [];
    const xy = project(projection, t.baseLongitude, t.baseLatitude);
    return xy ? [{ territoryId: t.id, name: t.name, x: xy[0], y: xy[1], colour: colourOf(t.id) }] : [];
  });
  return { countries, states, points: drawn, bases };
}

function project(projection: GeoProjection, lon: number, lat: number): [number, number] | null {
  const xy = projection([lon, lat]);
  return xy && Number.isFinite(xy[0]) && Number.isFinite(xy[1]) ? xy : null;
}

type LonLatBox = { west: number; east: number; south: number; north: number };
const boxes = new WeakMap<CountryFeature, LonLatBox>();

/** A country's longitude/latitude box, computed once per feature (the atlas lives for the session). */
function lonLatBox(feature: CountryFeature): LonLatBox {
  let box = boxes.get(feature);
  if (!box) {
    const [[west, south], [east, north]] = geoBounds(feature);
    // A country across the antimeridian (Russia, Fiji) spans every longitude as far as this test goes.
    box = west > east ? { west: -180, east: 180, south, north } : { west, east, south, north };
    boxes.set(feature, box);
  }
  return box;
}

/** What a Mercator drawing shows, in degrees: its corners inverted. */
function visibleLonLat(projection: GeoProjection, size: MapSize): LonLatBox {
  const topLeft = projection.invert?.([0, 0]);
  const bottomRight = projection.invert?.([size.width, size.height]);
  if (!topLeft || !bottomRight) return { west: -180, east: 180, south: -90, north: 90 };
  return { west: topLeft[0], east: bottomRight[0], south: bottomRight[1], north: topLeft[1] };
}

function intersects(a: LonLatBox, b: LonLatBox): boolean {
  return a.west <= b.east && a.east >= b.west && a.south <= b.north && a.north >= b.south;
}

// Cheap geographic culling first; the projected bounds then settle the edge cases.
function inside([x, y]: [number, number], size: MapSize): boolean {
  return x >= 0 && y >= 0 && x <= size.width && y <= size.height;
}

function visible([[x0, y0], [x1, y1]]: [[number, number], [number, number]], size: MapSize): boolean {
  return x1 >= 0 && y1 >= 0 && x0 <= size.width && y0 <= size.height;
}
