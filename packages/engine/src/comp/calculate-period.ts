import { calculatePayeePeriod } from "./calculate-payee-period";
import type { PayeePeriodInput, PayeePeriodResult } from "./calculation";

/** Every payee of a run for one period, in input order; payees are independent, so a worker may take any slice. */
export function calculatePeriod(inputs: PayeePeriodInput[]): PayeePeriodResult[] {
  return inputs.map(calculatePayeePeriod);
}
