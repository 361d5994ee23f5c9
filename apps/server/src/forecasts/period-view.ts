import type { ForecastPeriodRow } from "./ensure-forecast-periods";
import type { PeriodView } from "./schemas";

/** A period as the API shows it; `current` when it contains `today`. */
export function periodView(row: ForecastPeriodRow, today: string): PeriodView {
  return {
    id: row.id,
    label: row.label,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    status: row.status,
    closedAt: row.closedAt ? row.closedAt.toISOString() : null,
    current: row.startsOn <= today && today <= row.endsOn,
  };
}
