import { isMonth, type MonthRange } from "./fiscal-periods";

export type RevenueUrlState = Partial<MonthRange> & { personId?: string };

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reads the page's shareable state from a query string, ignoring anything malformed. */
export function readRevenueUrl(search: string): RevenueUrlState {
  const params = new URLSearchParams(search);
  const from = params.get("from");
  const to = params.get("to");
  const personId = params.get("personId");
  const state: RevenueUrlState = {};
  if (isMonth(from) && isMonth(to) && from <= to) {
    state.from = from;
    state.to = to;
  }
  if (personId && uuidPattern.test(personId)) state.personId = personId;
  return state;
}

export function writeRevenueUrl(state: MonthRange & { personId?: string }): string {
  const params = new URLSearchParams({ from: state.from, to: state.to });
  if (state.personId) params.set("personId", state.personId);
  return `?${params.toString()}`;
}
