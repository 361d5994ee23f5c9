import { measureSources, type MeasureSourceModule } from "./measure-sources";

const base = (measure: string) => measure.split(".")[0] ?? measure;

/** The source module computing a measure, and whether it is pre-aggregated; undefined when no source has it yet. */
export function measureSourceOf(
  measure: string,
): { module: MeasureSourceModule; additive: boolean } | undefined {
  const key = base(measure);
  for (const module of measureSources) {
    if (module.additive.includes(key)) return { module, additive: true };
    if (module.direct.includes(key)) return { module, additive: false };
  }
  return undefined;
}
