import { monthOf } from "./days";

/** Calendar quarter 1–4 of a day (the demo's fiscal year starts in January). */
export function quarterOf(day: number): number {
  return Math.floor((monthOf(day) - 1) / 3) + 1;
}
