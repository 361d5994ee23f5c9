export * from "./get-monthly-bookings";
export * from "./get-monthly-targets";
export * from "./get-reporting-tree";
export * from "./list-booking-lines";
export * from "./rows";
export * from "./list-records";
export * from "./reporting-amount";
