import type { EntitySpec } from "../spec";
import type { ImportEntity } from "../types";
import { accountsSpec } from "./accounts";
import { activitiesSpec } from "./activities";
import { bookingTargetsSpec } from "./booking-targets";
import { creditSplitsSpec } from "./credit-splits";
import { customerFeedbackSpec } from "./customer-feedback";
import { leadConversionsSpec } from "./lead-conversions";
import { leadsSpec } from "./leads";
import { opportunitiesSpec } from "./opportunities";
import { orderLinesSpec } from "./order-lines";
import { peopleSpec } from "./people";
import { productsSpec } from "./products";
import { quotasSpec } from "./quotas";
import { regionsSpec } from "./regions";
import { teamsSpec } from "./teams";
import { trafficSpec } from "./traffic";

export const entitySpecs: Record<ImportEntity, EntitySpec> = {
  accounts: accountsSpec,
  products: productsSpec,
  people: peopleSpec,
  regions: regionsSpec,
  teams: teamsSpec,
  opportunities: opportunitiesSpec,
  "order-lines": orderLinesSpec,
  activities: activitiesSpec,
  leads: leadsSpec,
  "lead-conversions": leadConversionsSpec,
  traffic: trafficSpec,
  "booking-targets": bookingTargetsSpec,
  quotas: quotasSpec,
  "credit-splits": creditSplitsSpec,
  "customer-feedback": customerFeedbackSpec,
};
