import type { Feature, Geometry } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { CountryFeature } from "./country-features";

/**
 * `world`: the 1:50m countries, drawn for the plan's own countries; `context`: the 1:110m ones, drawn around them
 * (a tenth of the path data, enough for neighbours); `states`: US states.
 */
export type Atlas = {
  world: CountryFeature[];
  context: CountryFeature[];
  states: Feature<Geometry, { name: string }>[];
};

type Named = { name: string };

/** world-atlas countries and us-atlas states as GeoJSON features (TopoJSON decoded). */
export function atlasFromTopologies(world: Topology, context: Topology, us: Topology): Atlas {
  const states = us.objects.states as GeometryCollection<Named>;
  return { world: countriesOf(world), context: countriesOf(context), states: feature(us, states).features };
}

function countriesOf(topology: Topology): CountryFeature[] {
  const countries = topology.objects.countries as GeometryCollection<Named>;
  return feature(topology, countries).features.filter(
    (f): f is CountryFeature => f.geometry.type === "Polygon" || f.geometry.type === "MultiPolygon",
  );
}
