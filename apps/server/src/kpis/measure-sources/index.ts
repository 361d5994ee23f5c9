import { activitiesSource } from "./activities";
import { bookingTargetsSource } from "./booking-targets";
import { calendarSource } from "./calendar";
import { costsSource } from "./costs";
import { evaluationsSource } from "./evaluations";
import { feedbackSource } from "./feedback";
import { leadsSource } from "./leads";
import { marketingTrafficSource } from "./marketing-traffic";
import { opportunitiesSource } from "./opportunities";
import { orderLinesSource } from "./order-lines";
import { peopleSource } from "./people";
import { stageHistorySource } from "./stage-history";
import type { MeasureSourceModule } from "./types";

export type { DrillColumn, DrillPage, MeasureRequest, MeasureSourceModule } from "./types";
export { factColumns } from "./types";

/** Every measure source; each measure of the catalogue belongs to exactly one (a test checks it). */
export const measureSources: readonly MeasureSourceModule[] = [
  orderLinesSource,
  bookingTargetsSource,
  opportunitiesSource,
  stageHistorySource,
  calendarSource,
  leadsSource,
  marketingTrafficSource,
  activitiesSource,
  peopleSource,
  costsSource,
  feedbackSource,
  evaluationsSource,
];
