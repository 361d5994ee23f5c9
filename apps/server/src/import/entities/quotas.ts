import { fiscalQuarterOf, fiscalYearOf, formatFiscalQuarter } from "@attain/engine";
import { readDate } from "../parse/parse-date";
import type { EntitySpec, PrepareContext } from "../spec";
import { currencyField, personRef } from "./common-fields";

const periodPattern = /^(?!0000)\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$/;

/** Quotas for compensation (comp_quotas): per person, measure and pay period; upserted on those three. */
export const quotasSpec: EntitySpec = {
  entity: "quotas",
  description:
    "Quotas per person, measure and period (2026, 2026-Q1 or 2026-03) for compensation plans; upserted by person, measure and period.",
  identity: ["person", "measure", "period"],
  fields: [
    personRef(
      "person",
      ["rep", "employee", "employee id", "person id", "sales rep", "owner", "commercial"],
      "Whose quota",
    ),
    {
      name: "measure",
      type: "text",
      synonyms: ["metric", "quota measure", "mesure"],
      description: "What the quota counts (default bookings), as the plan's quotaMeasure names it.",
    },
    {
      name: "period",
      type: "text",
      required: true,
      synonyms: ["period key", "quarter", "fiscal period", "période"],
      description:
        "Fiscal year 2026, fiscal quarter 2026-Q1 or month 2026-03; or a date with the period grain option (--period-grain quarter: the fiscal quarter containing it).",
    },
    {
      name: "amount",
      type: "decimal",
      required: true,
      synonyms: ["quota", "target", "objective", "objectif", "value"],
      description: "Quota amount.",
    },
    currencyField(),
  ],
  derived: ["currency", "measure"],
  prepare(row, context) {
    if (row.currency === null) row.currency = context.currency;
    if (row.measure === null) row.measure = "bookings";
    if (row.person === null) return { column: "person", message: "a quota needs a person" };
    const period = context.options.periodGrain
      ? periodOfDate(String(row.period).trim(), context)
      : { key: String(row.period).trim().toUpperCase() };
    if ("message" in period) return { column: "period", message: period.message };
    if (!periodPattern.test(period.key))
      return { column: "period", message: `"${row.period}" is not a period (2026, 2026-Q1 or 2026-03)` };
    row.period = period.key;
    return null;
  },
  async merge(context) {
    const [counts] = await context.sql.query<{ inserted: string; updated: string }>(
      `with written as (
         insert into comp_quotas as t (workspace_id, person_id, measure, period_key, amount, currency, source)
         select $1, s.person, s.measure, s.period, s.amount, s.currency, 'import' from ${context.stage} s
         on conflict (workspace_id, person_id, measure, period_key) do update
           set amount = excluded.amount, currency = excluded.currency, source = 'import'
           where (t.amount, t.currency) is distinct from (excluded.amount, excluded.currency)
         returning (xmax = 0) as inserted)
       select count(*) filter (where inserted) as inserted, count(*) filter (where not inserted) as updated from written`,
      [context.workspaceId],
    );
    return { inserted: Number(counts?.inserted ?? 0), updated: Number(counts?.updated ?? 0) };
  },
};

/** The fiscal period of the import's grain that contains a date ("2011-08-31 00:00:00", quarter, FY from July → 2012-Q1). */
function periodOfDate(raw: string, context: PrepareContext): { key: string } | { message: string } {
  const date = readDate(raw, context.options.dateFormat);
  if (!date.ok) return { message: `${date.message} (the period grain option expects a date in this column)` };
  const { calendar } = context;
  switch (context.options.periodGrain) {
    case "year":
      return { key: String(fiscalYearOf(date.value, calendar)) };
    case "month":
      return { key: date.value.slice(0, 7) };
    default:
      return { key: formatFiscalQuarter(fiscalQuarterOf(date.value, calendar)) };
  }
}
