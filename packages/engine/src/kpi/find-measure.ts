import { measureDefinitions, measureFamilies } from "./measures";
import type { MeasureDefinition } from "./types";

const byKey = new Map(measureDefinitions.map((measure) => [measure.key, measure]));

/**
 * The definition of a measure key, or of its family for a member (`deals_reached_stage.propose` → the
 * `deals_reached_stage` entry, keyed and labelled for the member). Null for a name the catalogue does not know.
 */
export function findMeasure(key: string): MeasureDefinition | null {
  const own = byKey.get(key);
  if (own !== undefined) return own;
  const dot = key.indexOf(".");
  if (dot <= 0 || dot === key.length - 1) return null;
  const family = key.slice(0, dot);
  const parameter = key.slice(dot + 1);
  const definition = Object.hasOwn(measureFamilies, family) ? byKey.get(family) : undefined;
  if (definition === undefined) return null;
  return { ...definition, key, label: `${definition.label} (${parameter})` };
}
