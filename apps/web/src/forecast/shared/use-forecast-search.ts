import { useSearchState } from "../../comp/shared/use-search-state";
import type { GridMotion } from "../../api/forecast-types";
import { type ForecastSearch, readForecastSearch } from "./forecast-search";

/** Period, node and motion kept in the URL (`?period=&personId=&motion=`), so a view can be shared. */
export function useForecastSearch() {
  const { get, set } = useSearchState();
  const search: ForecastSearch = readForecastSearch(get);
  return {
    ...search,
    setPeriod: (periodId: string) => set({ period: periodId }),
    setMotion: (motion: GridMotion) => set({ motion: motion === "all" ? undefined : motion }),
    setPerson: (personId: string | undefined) => set({ personId }, { push: true }),
  };
}
