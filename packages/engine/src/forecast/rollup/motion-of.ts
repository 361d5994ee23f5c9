import { EngineInputError } from "../../errors";
import type { ForecastMotion } from "./types";

/** An opportunity's type → its forecast motion: new business apart, expansion and renewal together. */
export function motionOf(type: string): ForecastMotion {
  if (type === "new_business") return "new_business";
  if (type === "expansion" || type === "renewal") return "expansion_renewal";
  throw new EngineInputError(`Not an opportunity type: ${JSON.stringify(type)}`, type);
}
