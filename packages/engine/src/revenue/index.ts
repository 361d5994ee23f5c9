export { attainmentRatio } from "./attainment-ratio";
export { buildRevenueVsTarget } from "./build-revenue-vs-target";
export type {
  AttainmentDistribution,
  RevenueBookingRow,
  RevenueMonth,
  RevenuePerson,
  RevenueRep,
  RevenueTargetRow,
  RevenueTotals,
  RevenueVsTarget,
  RevenueVsTargetInput,
  RevenueVsTargetTrace,
} from "./types";
