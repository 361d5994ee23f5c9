import type { Assumptions } from "../../api/planning-types";

/** One quota transfer as the scenario's assumptions carry it (the engine's QuotaTransfer). */
export type QuotaTransfer = Assumptions["transfers"][number];
