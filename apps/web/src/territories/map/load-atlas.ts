import type { Topology } from "topojson-specification";
import statesUrl from "us-atlas/states-10m.json?url";
import contextUrl from "world-atlas/countries-110m.json?url";
import countriesUrl from "world-atlas/countries-50m.json?url";
import { type Atlas, atlasFromTopologies } from "./atlas-from-topologies";

let loading: Promise<Atlas> | undefined;

/** The atlases ship as static assets (750 + 110 + 115 KB) fetched once, when a map is first shown. */
export function loadAtlas(): Promise<Atlas> {
  loading ??= Promise.all([fetchJson(countriesUrl), fetchJson(contextUrl), fetchJson(statesUrl)])
    .then(([world, context, us]) => atlasFromTopologies(world, context, us))
    .catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
  return loading;
}

async function fetchJson(url: string): Promise<Topology> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return (await response.json()) as Topology;
}
