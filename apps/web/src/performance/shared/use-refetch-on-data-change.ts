import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { useLiveEvents } from "../../api/use-live-events";

/**
 * Refetches the queries under `queryKey` whenever the live stream says the data changed (goal progress and alerts
 * follow the KPI figures), in addition to their own polling.
 */
export function useRefetchOnDataChange(queryKey: readonly string[]) {
  const client = useQueryClient();
  const { changedAt } = useLiveEvents();
  const seen = useRef(changedAt);
  const key = queryKey.join("\u0000");
  useEffect(() => {
    if (changedAt === seen.current) return;
    seen.current = changedAt;
    void client.invalidateQueries({ queryKey: key.split("\u0000") });
  }, [changedAt, client, key]);
}
