import { type GeoProjection, geoMercator } from "d3-geo";
import type { FeatureCollection } from "geojson";

export type MapSize = { width: number; height: number; padding: number };

/**
 * A Mercator projection fitted so the target (the plan's countries and accounts) fills the drawing, inside the
 * padding. Mercator keeps shapes recognisable at country scale, and stays sane when a plan spans Europe and the US.
 * An empty target falls back to the whole world.
 */
export function fitMapProjection(target: FeatureCollection, size: MapSize): GeoProjection {
  const extent: [[number, number], [number, number]] = [
    [size.padding, size.padding],
    [size.width - size.padding, size.height - size.padding],
  ];
  const world: FeatureCollection = {
    type: "FeatureCollection",
    features: [
      {
        type: "Feature",
        properties: {},
        geometry: {
          type: "MultiPoint",
          coordinates: [
            [-170, -60],
            [180, 75],
          ],
        },
      },
    ],
  };
  return geoMercator().fitExtent(extent, target.features.length > 0 ? target : world);
}
