import { flagOpportunityRisks, type PipelineConfig } from "@attain/engine";
import { criteriaFactsOf } from "./criteria-facts-of";
import type { FactRow } from "./opportunity-facts";
import type { PipelineOpportunity } from "./schemas";

/** The kinds of flag SQL found on a row (`facts.flags`; a driver may hand text[] over as "{a,b}"). */
export function sqlFlagsOf(row: FactRow): string[] {
  if (Array.isArray(row.flags)) return row.flags;
  const inner = row.flags.replace(/^\{|\}$/g, "");
  return inner === "" ? [] : inner.split(",");
}

/** A `facts` row as the API shows it, its flags (with messages) from the engine. */
export function toPipelineOpportunity(
  row: FactRow,
  config: PipelineConfig,
  today: string,
): PipelineOpportunity {
  const facts = criteriaFactsOf(row);
  const qualification = facts.qualification;
  const flags = flagOpportunityRisks(
    {
      ...facts,
      status: row.status,
      stage: row.stage,
      createdOn: row.created_on,
      nextStepDue: row.next_step_due,
      stageEnteredOn: row.stage_entered_on,
      lastActivityOn: row.last_activity_on,
      pushCount: Number(row.push_count),
      peakAmount: row.peak_amount,
      missingRate:
        row.amount !== null && row.reporting_amount === null
          ? {
              currency: row.currency,
              reportingCurrency: row.reporting_currency,
              month: (row.close_date ?? today).slice(0, 7),
            }
          : null,
    },
    config,
    today,
  );
  const stage = config.stages.find((s) => s.name === row.stage);
  return {
    id: row.id,
    externalId: row.external_id,
    name: row.name,
    accountId: row.account_id,
    accountName: row.account_name,
    ownerId: row.owner_id,
    ownerName: row.owner_name,
    stage: row.stage,
    stageKnown: row.stage_known,
    status: row.status,
    type: row.type,
    motion: row.type === "new_business" ? "new_business" : "expansion_renewal",
    source: row.source,
    forecastCategory: row.forecast_category,
    amount: row.amount,
    currency: row.currency.trim(),
    reportingAmount: row.reporting_amount,
    probability: stage ? stage.probability : null,
    weighted: row.weighted,
    closeDate: row.close_date,
    createdOn: row.created_on,
    ageDays: row.age_days === null ? null : Number(row.age_days),
    daysInStage: row.days_in_stage === null ? null : Number(row.days_in_stage),
    lastActivityOn: row.last_activity_on,
    pushCount: Number(row.push_count),
    nextStep: row.next_step,
    nextStepDue: row.next_step_due,
    contactCount: row.contact_count,
    qualification,
    flags,
  };
}
