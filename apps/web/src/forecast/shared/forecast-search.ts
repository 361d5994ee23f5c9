import type { GridMotion } from "../../api/forecast-types";

export type ForecastSearch = { periodId?: string; personId?: string; motion: GridMotion };

const motions: readonly GridMotion[] = ["all", "new_business", "expansion_renewal"];
const idPattern = /^[0-9A-Za-z_-]{1,64}$/;

/** The page's shareable state (period, node, motion) from the query string, ignoring anything malformed. */
export function readForecastSearch(get: (key: string) => string | undefined): ForecastSearch {
  const motion = get("motion");
  const periodId = get("period");
  const personId = get("personId");
  return {
    motion: motions.find((m) => m === motion) ?? "all",
    ...(periodId && idPattern.test(periodId) ? { periodId } : {}),
    ...(personId && idPattern.test(personId) ? { personId } : {}),
  };
}

/** The period shown when the URL names none: the current one, else the newest. */
export function defaultPeriodId(periods: readonly { id: string; current?: boolean }[]): string | undefined {
  return (periods.find((p) => p.current) ?? periods[0])?.id;
}
