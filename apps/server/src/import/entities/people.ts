import { jobRoles } from "@attain/db";
import { combineCounts, mergeRowsReturningIds, presentColumns, rejectWhere } from "../merge-rows";
import type { EntitySpec, MergeContext } from "../spec";
import { currencyField, externalIdField, regionRef } from "./common-fields";

const jobRoleSynonyms: Record<(typeof jobRoles)[number], readonly string[]> = {
  ae: [
    "account executive",
    "sales rep",
    "sales representative",
    "rep",
    "sales agent",
    "agent",
    "seller",
    "sr",
    "commercial",
    "field sales",
    "inside sales",
  ],
  sdr: [
    "sales development representative",
    "bdr",
    "business development representative",
    "business developer",
  ],
  se: ["sales engineer", "solutions engineer", "presales", "pre-sales", "avant-vente"],
  csm: ["customer success manager", "customer success"],
  account_manager: ["account manager", "am", "key account manager", "kam"],
  manager: [
    "sales manager",
    "team lead",
    "team leader",
    "first line manager",
    "responsable",
    "manager commercial",
  ],
  director: [
    "sales director",
    "regional director",
    "vp sales",
    "vice president",
    "head of sales",
    "directeur",
    "directeur commercial",
  ],
  executive: ["ceo", "cro", "exec", "chief revenue officer", "chief sales officer", "président"],
  sales_ops: ["sales operations", "sales ops", "revops", "revenue operations"],
  marketing: ["marketer", "marketing manager"],
  finance: ["controller", "comp admin", "compensation"],
  hr: ["human resources", "people ops", "rh"],
};

/** A manager named in the file: an external id, else a full name (case-insensitive). */
const managerOf = (person: string) =>
  `(select m.id from people m where m.workspace_id = $1 and (m.external_id = ${person} or lower(m.full_name) = lower(${person}))
    order by (m.external_id = ${person}) desc limit 1)`;

export const peopleSpec: EntitySpec = {
  entity: "people",
  description:
    "People of the sales organisation, with their manager (effective-dated reporting lines). Without an id column, the full name is the external id. A manager who appears only in the manager column is created (job role manager).",
  identity: ["external_id"],
  fields: [
    externalIdField(["employee id", "person id", "employee number", "matricule", "user id"], "full_name"),
    {
      name: "full_name",
      type: "text",
      required: true,
      synonyms: [
        "name",
        "full name",
        "sales agent",
        "agent",
        "employee",
        "employee name",
        "rep",
        "rep name",
        "salesperson",
        "sales rep",
        "person",
        "nom",
        "nom complet",
      ],
      description: "Full name.",
    },
    {
      name: "email",
      type: "text",
      synonyms: ["e-mail", "mail", "email address", "courriel"],
      description: "Email address.",
    },
    {
      name: "job_role",
      type: "enum",
      values: jobRoleSynonyms,
      synonyms: ["role", "job", "position", "fonction", "poste"],
      description: `One of ${jobRoles.join(", ")} (common titles accepted); new people without one are ae.`,
    },
    {
      name: "title",
      type: "text",
      synonyms: ["job title", "titre", "intitulé"],
      description: "Job title as written.",
    },
    {
      name: "hire_date",
      type: "date",
      synonyms: ["hired", "start date", "hired on", "date d'embauche"],
      description: "First working day.",
    },
    {
      name: "leave_date",
      type: "date",
      synonyms: ["left", "end date", "termination date", "date de départ"],
      description: "Last working day.",
    },
    {
      name: "ramp_months",
      type: "integer",
      synonyms: ["ramp", "ramp time", "ramp period"],
      description: "Months to full productivity.",
    },
    regionRef,
    {
      name: "office",
      type: "text",
      synonyms: ["regional office", "bureau", "site", "location", "agence"],
      description: "Office.",
    },
    currencyField(),
    {
      name: "manager",
      type: "key",
      synonyms: [
        "manager name",
        "manager id",
        "reports to",
        "supervisor",
        "line manager",
        "responsable",
        "n+1",
      ],
      description: "Manager by external id or full name (in this file, already imported, or created).",
    },
    {
      name: "manager_since",
      type: "date",
      synonyms: ["reports since", "manager from", "effective date", "valid from"],
      description:
        "Date from which the manager applies (default: hire date for a first manager, the import date for a change).",
    },
  ],
  prepare(row) {
    if (
      typeof row.leave_date === "string" &&
      typeof row.hire_date === "string" &&
      row.leave_date < row.hire_date
    )
      return { column: "leave_date", message: "leave date is before hire date" };
    return null;
  },
  async merge(context) {
    if (context.present.has("manager")) {
      await rejectWhere(
        context,
        "s.manager = s.external_id or lower(s.manager) = lower(s.full_name)",
        context.column("manager"),
        () => "a person cannot be their own manager",
      );
    }
    const written = await mergeRowsReturningIds(context, {
      table: "people",
      columns: presentColumns(context, {
        external_id: ["external_id"],
        full_name: ["full_name"],
        email: ["email"],
        job_role: ["job_role", "coalesce(s.job_role, 'ae')"],
        title: ["title"],
        hire_date: ["hire_date"],
        leave_date: ["leave_date"],
        ramp_months: ["ramp_months", "coalesce(s.ramp_months, 0)"],
        region_id: ["region", "s.region"],
        office: ["office"],
        currency: ["currency"],
      }),
      insertOnly: context.present.has("job_role") ? {} : { job_role: "'ae'" },
    });
    if (!context.present.has("manager")) return combineCounts(written, []);
    context.created.people = (context.created.people ?? 0) + (await createMissingManagers(context));
    return combineCounts(written, await applyReportingLines(context));
  },
};

/** Managers named only in the manager column become people (job role manager, their reports' office when they share one). */
async function createMissingManagers(context: MergeContext): Promise<number> {
  const office = context.present.has("office")
    ? "case when count(distinct s.office) = 1 then min(s.office) end"
    : "null";
  const created = await context.sql.query(
    `insert into people (workspace_id, external_id, full_name, job_role, office)
     select $1, min(s.manager), min(s.manager), 'manager', ${office}
     from ${context.stage} s
     where s.manager is not null
       and not exists (select 1 from people p where p.workspace_id = $1
                       and (p.external_id = s.manager or lower(p.full_name) = lower(s.manager)))
     group by lower(s.manager)
     on conflict (workspace_id, external_id) do nothing
     returning id`,
    [context.workspaceId],
  );
  return created.length;
}

type Desired = { person_id: string; manager_id: string; since: string | null; hire_date: string | null };
type OpenLine = { id: string; person_id: string; manager_id: string; valid_from: string };

/**
 * Gives each person of the file the manager it names, keeping history: a first manager starts at `manager_since`
 * (else the hire date, else 1900-01-01 meaning "always"); a different manager closes the open line and opens a new
 * one at `manager_since` (else the import's effective date). Returns the ids of people whose line changed.
 */
async function applyReportingLines(context: MergeContext): Promise<string[]> {
  const { sql, workspaceId } = context;
  const since = context.present.has("manager_since") ? "s.manager_since::text" : "null";
  const hire = context.present.has("hire_date") ? "s.hire_date::text" : "p.hire_date::text";
  const desired = await sql.query<Desired>(
    `select p.id as person_id, ${managerOf("s.manager")} as manager_id, ${since} as since, ${hire} as hire_date
     from ${context.stage} s join people p on p.workspace_id = $1 and p.external_id = s.external_id
     where s.manager is not null`,
    [workspaceId],
  );
  const open = await sql.query<OpenLine>(
    `select id, person_id, manager_id, valid_from::text as valid_from from reporting_lines
     where workspace_id = $1 and valid_to is null`,
    [workspaceId],
  );
  const openByPerson = new Map(open.map((line) => [line.person_id, line]));
  const inserts: { person_id: string; manager_id: string; valid_from: string }[] = [];
  const closes: { id: string; valid_to: string }[] = [];
  const reassigns: { id: string; manager_id: string }[] = [];
  const changed: string[] = [];
  for (const wish of desired) {
    const current = openByPerson.get(wish.person_id);
    if (current?.manager_id === wish.manager_id) continue;
    changed.push(wish.person_id);
    if (!current) {
      inserts.push({
        person_id: wish.person_id,
        manager_id: wish.manager_id,
        valid_from: wish.since ?? wish.hire_date ?? "1900-01-01",
      });
      continue;
    }
    const from = wish.since ?? context.options.effectiveDate ?? context.today;
    if (from <= current.valid_from) reassigns.push({ id: current.id, manager_id: wish.manager_id });
    else {
      closes.push({ id: current.id, valid_to: from });
      inserts.push({ person_id: wish.person_id, manager_id: wish.manager_id, valid_from: from });
    }
  }
  if (closes.length > 0)
    await sql.query(
      `update reporting_lines r set valid_to = c.valid_to::date
       from jsonb_to_recordset($2::jsonb) as c(id uuid, valid_to text) where r.workspace_id = $1 and r.id = c.id`,
      [workspaceId, JSON.stringify(closes)],
    );
  if (reassigns.length > 0)
    await sql.query(
      `update reporting_lines r set manager_id = c.manager_id
       from jsonb_to_recordset($2::jsonb) as c(id uuid, manager_id uuid) where r.workspace_id = $1 and r.id = c.id`,
      [workspaceId, JSON.stringify(reassigns)],
    );
  if (inserts.length > 0)
    await sql.query(
      `insert into reporting_lines (workspace_id, person_id, manager_id, valid_from)
       select $1, c.person_id, c.manager_id, c.valid_from::date
       from jsonb_to_recordset($2::jsonb) as c(person_id uuid, manager_id uuid, valid_from text)`,
      [workspaceId, JSON.stringify(inserts)],
    );
  return changed;
}
