export { OUTLIER_RULE } from "./classify-outlier";
export { simulateAttainment } from "./simulate-attainment";
