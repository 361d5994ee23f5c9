// Territory rules, coverage and routing (docs/calculations/territories.md).
export { accountWorkload } from "./account-workload";
export { checkTerritories } from "./check-territories";
export { matchTerritories } from "./match-territories";
export { ownersOn } from "./owners-on";
export { type RoutingContext, routeRecords } from "./route-records";
