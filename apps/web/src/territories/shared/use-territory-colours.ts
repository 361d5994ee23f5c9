import { useMemo } from "react";
import { assignTerritoryColours } from "../map/territory-colours";

/** The plan's colour per territory key, the same for every map and legend of the page. */
export function useTerritoryColours(
  territories: readonly { key: string }[] | undefined,
): Map<string, string> {
  const keys = (territories ?? []).map((t) => t.key).join("\n");
  return useMemo(() => assignTerritoryColours(keys === "" ? [] : keys.split("\n")), [keys]);
}
