import { usePeriods } from "../../api/use-comp-workflow";
import { useSignedInMe } from "../../app/use-signed-in-me";
import { defaultPeriodKey } from "./period-keys";
import { useSearchState } from "./use-search-state";

/**
 * The period a compensation page shows: `?period=` when given, else (once the server's periods are known, so the page
 * does not ask for one period and then another) the newest calculated one or the last ended quarter.
 */
export function usePagePeriod() {
  const me = useSignedInMe();
  const search = useSearchState();
  const periods = usePeriods();
  const known = periods.data?.map((p) => p.periodKey) ?? [];
  const chosen = search.get("period");
  const periodKey =
    chosen ??
    (periods.isPending ? undefined : defaultPeriodKey(known, me.today, me.workspace.fiscalYearStartMonth));
  return { periodKey, known, periods, search };
}
