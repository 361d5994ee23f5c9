import { useEffect, useState } from "react";
import type { Me } from "../api/types";
import { type MonthRange, resolvePreset } from "./fiscal-periods";
import { readRevenueUrl, writeRevenueUrl } from "./read-revenue-url";

export type RevenueFilters = MonthRange & { personId?: string };

/** Period and person for the page, initialised from the URL (so a view can be shared) and kept in it. */
export function useRevenueFilters(me: Me) {
  const [filters, setFilters] = useState<RevenueFilters>(() => {
    const fromUrl = readRevenueUrl(window.location.search);
    const fiscalYear = resolvePreset("fy", me.today, me.workspace.fiscalYearStartMonth) ?? {
      from: fromUrl.from ?? "",
      to: fromUrl.to ?? "",
    };
    return {
      from: fromUrl.from ?? fiscalYear.from,
      to: fromUrl.to ?? fiscalYear.to,
      personId: fromUrl.personId,
    };
  });

  useEffect(() => {
    const search = writeRevenueUrl(filters);
    if (search !== window.location.search) window.history.replaceState(null, "", search);
  }, [filters]);

  return [filters, setFilters] as const;
}
