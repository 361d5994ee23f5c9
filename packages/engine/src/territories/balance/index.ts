// Territory balancing: measure an assignment, the greedy baseline, the optimiser (heuristic + HiGHS MILP).
export { balanceTerritories } from "./balance-territories";
export { createHighsSolver } from "./create-highs-solver";
export { greedyBalance } from "./greedy-balance";
export { measureBalance } from "./measure-balance";
