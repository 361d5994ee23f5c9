import { sql } from "drizzle-orm";
import { char, check, date, index, integer, pgTable, text, unique, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, workspaceId } from "./columns";
import { workspaces } from "./workspace";

/** A sales region (e.g. "France", "DACH", "North America"); its currency is the default for its deals. */
export const regions = pgTable(
  "regions",
  {
    id: id(),
    workspaceId: workspaceId().references(() => workspaces.id, { onDelete: "cascade" }),
    externalId: text("external_id").notNull(),
    name: text("name").notNull(),
    countryCode: char("country_code", { length: 2 }),
    currency: char("currency", { length: 3 }),
    createdAt: createdAt(),
  },
  (t) => [unique("regions_external").on(t.workspaceId, t.externalId)],
);

/** A team of people (a sales pod, an SDR team); teams nest through `parentTeamId`. */
export const teams = pgTable(
  "teams",
  {
    id: id(),
    workspaceId: workspaceId().references(() => workspaces.id, { onDelete: "cascade" }),
    externalId: text("external_id").notNull(),
    name: text("name").notNull(),
    regionId: uuid("region_id").references(() => regions.id),
    parentTeamId: uuid("parent_team_id"),
    createdAt: createdAt(),
  },
  (t) => [unique("teams_external").on(t.workspaceId, t.externalId)],
);

export const jobRoles = [
  "ae",
  "sdr",
  "se",
  "csm",
  "account_manager",
  "manager",
  "director",
  "executive",
  "sales_ops",
  "marketing",
  "finance",
  "hr",
] as const;
export type JobRole = (typeof jobRoles)[number];

/** A member of the sales organisation (or of the teams around it), whether or not they sign in. */
export const people = pgTable(
  "people",
  {
    id: id(),
    workspaceId: workspaceId().references(() => workspaces.id, { onDelete: "cascade" }),
    externalId: text("external_id").notNull(),
    fullName: text("full_name").notNull(),
    email: text("email"),
    jobRole: text("job_role").$type<JobRole>().notNull(),
    title: text("title"),
    hireDate: date("hire_date"),
    /** Last working day; null while employed. */
    leaveDate: date("leave_date"),
    /** Months a new hire takes to reach full productivity. */
    rampMonths: integer("ramp_months").notNull().default(0),
    regionId: uuid("region_id").references(() => regions.id),
    office: text("office"),
    currency: char("currency", { length: 3 }),
    createdAt: createdAt(),
  },
  (t) => [
    unique("people_external").on(t.workspaceId, t.externalId),
    index("people_workspace_role").on(t.workspaceId, t.jobRole),
    check(
      "people_job_role",
      sql`${t.jobRole} in ('ae', 'sdr', 'se', 'csm', 'account_manager', 'manager', 'director', 'executive', 'sales_ops', 'marketing', 'finance', 'hr')`,
    ),
    check(
      "people_leave_after_hire",
      sql`${t.leaveDate} is null or ${t.hireDate} is null or ${t.leaveDate} >= ${t.hireDate}`,
    ),
  ],
);

/**
 * Who reports to whom, effective-dated: valid from `validFrom` (inclusive) to `validTo` (exclusive, null = open).
 * A person has at most one manager on any date.
 */
export const reportingLines = pgTable(
  "reporting_lines",
  {
    id: id(),
    workspaceId: workspaceId().references(() => workspaces.id, { onDelete: "cascade" }),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    managerId: uuid("manager_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    validFrom: date("valid_from").notNull(),
    validTo: date("valid_to"),
  },
  (t) => [
    index("reporting_lines_person").on(t.workspaceId, t.personId, t.validFrom),
    index("reporting_lines_manager").on(t.workspaceId, t.managerId, t.validFrom),
    check("reporting_lines_dates", sql`${t.validTo} is null or ${t.validTo} > ${t.validFrom}`),
    check("reporting_lines_not_self", sql`${t.personId} <> ${t.managerId}`),
  ],
);

/** Membership of a team, effective-dated like reporting lines. */
export const teamMemberships = pgTable(
  "team_memberships",
  {
    id: id(),
    workspaceId: workspaceId().references(() => workspaces.id, { onDelete: "cascade" }),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    teamId: uuid("team_id")
      .notNull()
      .references(() => teams.id, { onDelete: "cascade" }),
    validFrom: date("valid_from").notNull(),
    validTo: date("valid_to"),
  },
  (t) => [
    index("team_memberships_team").on(t.workspaceId, t.teamId, t.validFrom),
    index("team_memberships_person").on(t.workspaceId, t.personId, t.validFrom),
    check("team_memberships_dates", sql`${t.validTo} is null or ${t.validTo} > ${t.validFrom}`),
  ],
);
