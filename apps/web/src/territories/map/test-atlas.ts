// The real atlases, read from the packages for tests (the app fetches the same files as assets).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Topology } from "topojson-specification";
import { type Atlas, atlasFromTopologies } from "./atlas-from-topologies";

const require = createRequire(import.meta.url);
const read = (name: string) => JSON.parse(readFileSync(require.resolve(name), "utf8")) as Topology;

let atlas: Atlas | undefined;

export function testAtlas(): Atlas {
  atlas ??= atlasFromTopologies(
    read("world-atlas/countries-50m.json"),
    read("world-atlas/countries-110m.json"),
    read("us-atlas/states-10m.json"),
  );
  return atlas;
}
