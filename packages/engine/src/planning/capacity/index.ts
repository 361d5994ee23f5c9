export { type BookingsGroup, bookingsCapacity } from "./bookings-capacity";
export { capacitySensitivity } from "./capacity-sensitivity";
export { monthlyAttritionRate } from "./monthly-survival";
export { planCapacity } from "./plan-capacity";
export { requiredHeadcount } from "./required-headcount";
