// Live updates (docs/live.md): database notifications → facts refresh → server-sent events.
export { createLiveHub, type LiveHub, type LiveHubOptions } from "./create-live-hub";
export { DATA_CHANGED_CHANNEL, type DataChangeEvent, parseDataChangePayload } from "./data-change";
export { kpiFactsRefresh } from "./kpi-facts-refresh";
