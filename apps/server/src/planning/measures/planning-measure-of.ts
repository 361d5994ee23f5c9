import { type PlanningMeasure, measures } from "../schemas";

/** A stored scenario's measure (a text column) as the measure it was created with; anything else is a broken row. */
export function planningMeasureOf(stored: string): PlanningMeasure {
  const measure = measures.find((m) => m === stored);
  if (measure === undefined) throw new Error(`Unknown planning measure "${stored}"`);
  return measure;
}
