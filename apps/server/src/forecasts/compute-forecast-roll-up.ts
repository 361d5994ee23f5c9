import type { Db } from "@attain/db";
import {
  combineMotions,
  type ForecastLine,
  type ForecastMotion,
  type PersonForecast,
  type RollUpCategory,
  type RollUpResult,
  rollUpForecast,
} from "@attain/engine";
import type { ForecastPeriodRow } from "./ensure-forecast-periods";
import { loadRollUpInputs, type RollUpInputs } from "./load-roll-up-inputs";

export type MotionView = "all" | ForecastMotion;

export type ForecastRollUp = { inputs: RollUpInputs; result: RollUpResult };

/** Fetch → compute: the period's roll-up for everyone in the workspace as of `asOf`. */
export async function computeForecastRollUp(
  db: Db,
  workspaceId: string,
  period: ForecastPeriodRow,
  asOf: string,
): Promise<ForecastRollUp> {
  const inputs = await loadRollUpInputs(db, workspaceId, period, asOf);
  const result = rollUpForecast({
    asOf,
    lines: inputs.lines,
    submissions: inputs.submissions,
    deals: inputs.deals,
    personIds: [...inputs.people.keys()],
  });
  return { inputs, result };
}

/** A person's line for one motion, or both summed for "all". */
export function lineOf(person: PersonForecast, motion: MotionView, category: RollUpCategory): ForecastLine {
  if (motion !== "all") return person.motions[motion][category];
  return combineMotions(person.motions.new_business[category], person.motions.expansion_renewal[category]);
}
