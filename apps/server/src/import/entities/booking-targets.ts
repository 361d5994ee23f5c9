import type { EntitySpec } from "../spec";
import { currencyField, personRef } from "./common-fields";

export const bookingTargetsSpec: EntitySpec = {
  entity: "booking-targets",
  description:
    "Monthly bookings targets per person (or for the company when the person is empty); upserted by person and month.",
  identity: ["person", "month"],
  fields: [
    personRef(
      "person",
      ["rep", "owner", "employee", "employee id", "person id", "sales rep", "salesperson", "commercial"],
      "Whose target; empty = company",
    ),
    {
      name: "month",
      type: "month",
      required: true,
      synonyms: ["period", "mois", "target month"],
      description: "Month: 2026-03, 03/2026 or any date in the month.",
    },
    {
      name: "amount",
      type: "decimal",
      required: true,
      synonyms: ["target", "quota", "objective", "objectif", "value"],
      description: "Target amount.",
    },
    currencyField(),
  ],
  derived: ["currency"],
  prepare(row, context) {
    if (row.currency === null) row.currency = context.currency;
    return null;
  },
  async merge(context) {
    const [counts] = await context.sql.query<{ inserted: string; updated: string }>(
      `with personal as (
         insert into booking_targets as t (workspace_id, person_id, month, amount, currency)
         select $1, s.person, s.month, s.amount, s.currency from ${context.stage} s where s.person is not null
         on conflict (workspace_id, person_id, month) do update
           set amount = excluded.amount, currency = excluded.currency, source = 'import'
         where (t.amount, t.currency, t.source) is distinct from (excluded.amount, excluded.currency, 'import')
         returning (xmax = 0) as inserted
       ),
       company_updated as (
         update booking_targets t set amount = s.amount, currency = s.currency, source = 'import' from ${context.stage} s
         where s.person is null and t.workspace_id = $1 and t.person_id is null and t.month = s.month
           and (t.amount, t.currency, t.source) is distinct from (s.amount, s.currency, 'import')
         returning 1
       ),
       company_inserted as (
         insert into booking_targets (workspace_id, person_id, month, amount, currency)
         select $1, null, s.month, s.amount, s.currency from ${context.stage} s
         where s.person is null and not exists (
           select 1 from booking_targets t where t.workspace_id = $1 and t.person_id is null and t.month = s.month)
         returning 1
       )
       select (select count(*) from personal where inserted) + (select count(*) from company_inserted) as inserted,
              (select count(*) from personal where not inserted) + (select count(*) from company_updated) as updated`,
      [context.workspaceId],
    );
    return { inserted: Number(counts?.inserted ?? 0), updated: Number(counts?.updated ?? 0) };
  },
};
