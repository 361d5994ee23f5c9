import { and, asc, eq, gt, ilike, inArray, or, type SQL } from "drizzle-orm";
import type { Db } from "../connect";
import { accounts, leads, opportunities, people, products } from "../schema";

/** Keyset page: rows after `afterId` in id order, `limit` + 1 fetched so the caller knows whether more exist. */
export type RecordPage = {
  workspaceId: string;
  afterId: string | null;
  limit: number;
  search?: string | undefined;
};

const page = (p: RecordPage) => ({ limit: p.limit + 1 });

/** A LIKE pattern matching `text` anywhere, with LIKE's own wildcards in `text` taken literally. */
export const containing = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export function listPeople(db: Db, p: RecordPage & { jobRole?: string | undefined }) {
  const filters: (SQL | undefined)[] = [
    eq(people.workspaceId, p.workspaceId),
    p.afterId ? gt(people.id, p.afterId) : undefined,
    p.search ? ilike(people.fullName, containing(p.search)) : undefined,
    p.jobRole ? eq(people.jobRole, p.jobRole as never) : undefined,
  ];
  return db
    .select({
      id: people.id,
      externalId: people.externalId,
      fullName: people.fullName,
      email: people.email,
      jobRole: people.jobRole,
      title: people.title,
      hireDate: people.hireDate,
      leaveDate: people.leaveDate,
      office: people.office,
    })
    .from(people)
    .where(and(...filters))
    .orderBy(asc(people.id))
    .limit(page(p).limit);
}

export function listAccounts(db: Db, p: RecordPage & { ownerIds: string[] | null }) {
  const filters: (SQL | undefined)[] = [
    eq(accounts.workspaceId, p.workspaceId),
    p.afterId ? gt(accounts.id, p.afterId) : undefined,
    p.search ? ilike(accounts.name, containing(p.search)) : undefined,
    p.ownerIds ? inArray(accounts.ownerId, p.ownerIds) : undefined,
  ];
  return db
    .select({
      id: accounts.id,
      externalId: accounts.externalId,
      name: accounts.name,
      industry: accounts.industry,
      employees: accounts.employees,
      annualRevenue: accounts.annualRevenue,
      revenueCurrency: accounts.revenueCurrency,
      countryCode: accounts.countryCode,
      city: accounts.city,
      postalCode: accounts.postalCode,
      latitude: accounts.latitude,
      longitude: accounts.longitude,
      ownerId: accounts.ownerId,
    })
    .from(accounts)
    .where(and(...filters))
    .orderBy(asc(accounts.id))
    .limit(page(p).limit);
}

export function listOpportunities(
  db: Db,
  p: RecordPage & {
    ownerIds: string[] | null;
    status?: "open" | "won" | "lost" | undefined;
    accountId?: string | undefined;
  },
) {
  const filters: (SQL | undefined)[] = [
    eq(opportunities.workspaceId, p.workspaceId),
    p.afterId ? gt(opportunities.id, p.afterId) : undefined,
    p.search
      ? or(ilike(opportunities.name, containing(p.search)), eq(opportunities.externalId, p.search))
      : undefined,
    p.ownerIds ? inArray(opportunities.ownerId, p.ownerIds) : undefined,
    p.status ? eq(opportunities.status, p.status) : undefined,
    p.accountId ? eq(opportunities.accountId, p.accountId) : undefined,
  ];
  return db
    .select({
      id: opportunities.id,
      externalId: opportunities.externalId,
      name: opportunities.name,
      accountId: opportunities.accountId,
      ownerId: opportunities.ownerId,
      productId: opportunities.productId,
      type: opportunities.type,
      source: opportunities.source,
      stage: opportunities.stage,
      status: opportunities.status,
      forecastCategory: opportunities.forecastCategory,
      amount: opportunities.amount,
      currency: opportunities.currency,
      createdOn: opportunities.createdOn,
      closeDate: opportunities.closeDate,
    })
    .from(opportunities)
    .where(and(...filters))
    .orderBy(asc(opportunities.id))
    .limit(page(p).limit);
}

export function listProducts(db: Db, p: RecordPage) {
  const filters: (SQL | undefined)[] = [
    eq(products.workspaceId, p.workspaceId),
    p.afterId ? gt(products.id, p.afterId) : undefined,
    p.search ? ilike(products.name, containing(p.search)) : undefined,
  ];
  return db
    .select({
      id: products.id,
      externalId: products.externalId,
      name: products.name,
      family: products.family,
      listPrice: products.listPrice,
      currency: products.currency,
      recurring: products.recurring,
    })
    .from(products)
    .where(and(...filters))
    .orderBy(asc(products.id))
    .limit(page(p).limit);
}

/** Leads, newest first by id page; `personIds` narrows to leads a person owns or qualified (SDR). */
export function listLeads(db: Db, p: RecordPage & { personIds: string[] | null }) {
  const filters: (SQL | undefined)[] = [
    eq(leads.workspaceId, p.workspaceId),
    p.afterId ? gt(leads.id, p.afterId) : undefined,
    p.search
      ? or(ilike(leads.companyName, containing(p.search)), ilike(leads.externalId, containing(p.search)))
      : undefined,
    p.personIds ? or(inArray(leads.ownerId, p.personIds), inArray(leads.sdrId, p.personIds)) : undefined,
  ];
  return db
    .select({
      id: leads.id,
      externalId: leads.externalId,
      companyName: leads.companyName,
      source: leads.source,
      status: leads.status,
      createdOn: leads.createdOn,
      ownerId: leads.ownerId,
      sdrId: leads.sdrId,
    })
    .from(leads)
    .where(and(...filters))
    .orderBy(asc(leads.id))
    .limit(page(p).limit);
}
