import { Dec } from "../../money/decimal";
import type { BalanceAccount, BalanceResult, BalanceTerritory, TerritoryIssue } from "../types";

const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;

export type BalanceWarning = BalanceResult["warnings"][number];

const isFiniteNumber = (value: unknown): value is number =>
  typeof value === "number" && Number.isFinite(value);

function checkCoordinates(account: BalanceAccount, row: string, issues: TerritoryIssue[]): void {
  const { latitude, longitude } = account;
  if ((latitude === null) !== (longitude === null))
    issues.push({
      code: "invalid",
      message: `${row}: latitude and longitude go together (one is null)`,
      accountId: account.id,
      field: latitude === null ? "latitude" : "longitude",
    });
  if (latitude !== null && (!isFiniteNumber(latitude) || Math.abs(latitude) > 90))
    issues.push({
      code: "invalid",
      message: `${row}: latitude must be −90 to 90, got ${latitude}`,
      accountId: account.id,
      field: "latitude",
    });
  if (longitude !== null && (!isFiniteNumber(longitude) || Math.abs(longitude) > 180))
    issues.push({
      code: "invalid",
      message: `${row}: longitude must be −180 to 180, got ${longitude}`,
      accountId: account.id,
      field: "longitude",
    });
}

function checkAccount(account: BalanceAccount, index: number, issues: TerritoryIssue[]): void {
  const row = `accounts[${index}] (${account.id})`;
  if (typeof account.potential !== "string" || !PLAIN_DECIMAL.test(account.potential))
    issues.push({
      code: "not_a_decimal",
      message: `${row}: potential is not a plain decimal: ${JSON.stringify(account.potential)}`,
      accountId: account.id,
      field: "potential",
    });
  else if (account.potential.startsWith("-") && !new Dec(account.potential).isZero())
    issues.push({
      code: "negative_amount",
      message: `${row}: potential must not be negative, got ${account.potential}`,
      accountId: account.id,
      field: "potential",
    });
  if (!isFiniteNumber(account.workload) || account.workload < 0)
    issues.push({
      code: "invalid",
      message: `${row}: workload must be a finite number ≥ 0, got ${account.workload}`,
      accountId: account.id,
      field: "workload",
    });
  checkCoordinates(account, row, issues);
}

function checkCapacity(territory: BalanceTerritory, row: string, issues: TerritoryIssue[]): void {
  const { maxAccounts, maxWorkload } = territory;
  if (maxAccounts !== null && (!Number.isInteger(maxAccounts) || maxAccounts < 0))
    issues.push({
      code: "invalid",
      message: `${row}: maxAccounts must be a whole number ≥ 0, got ${maxAccounts}`,
      territoryId: territory.id,
      field: "maxAccounts",
    });
  if (maxWorkload !== null && (!isFiniteNumber(maxWorkload) || maxWorkload < 0))
    issues.push({
      code: "invalid",
      message: `${row}: maxWorkload must be a finite number ≥ 0, got ${maxWorkload}`,
      territoryId: territory.id,
      field: "maxWorkload",
    });
}

function checkTerritory(territory: BalanceTerritory, index: number, issues: TerritoryIssue[]): void {
  const row = `territories[${index}] (${territory.id})`;
  const { baseLatitude, baseLongitude, targetShare } = territory;
  if ((baseLatitude === null) !== (baseLongitude === null))
    issues.push({
      code: "invalid",
      message: `${row}: baseLatitude and baseLongitude go together (one is null)`,
      territoryId: territory.id,
      field: baseLatitude === null ? "baseLatitude" : "baseLongitude",
    });
  if (baseLatitude !== null && (!isFiniteNumber(baseLatitude) || Math.abs(baseLatitude) > 90))
    issues.push({
      code: "invalid",
      message: `${row}: baseLatitude must be −90 to 90`,
      territoryId: territory.id,
      field: "baseLatitude",
    });
  if (baseLongitude !== null && (!isFiniteNumber(baseLongitude) || Math.abs(baseLongitude) > 180))
    issues.push({
      code: "invalid",
      message: `${row}: baseLongitude must be −180 to 180`,
      territoryId: territory.id,
      field: "baseLongitude",
    });
  if (targetShare !== null) {
    const valid = typeof targetShare === "string" && PLAIN_DECIMAL.test(targetShare);
    if (!valid || new Dec(targetShare).lt(0) || new Dec(targetShare).gt(1))
      issues.push({
        code: valid ? "invalid" : "not_a_decimal",
        message: `${row}: targetShare must be a decimal from 0 to 1, got ${JSON.stringify(targetShare)}`,
        territoryId: territory.id,
        field: "targetShare",
      });
  }
  checkCapacity(territory, row, issues);
}

function checkShareTotal(territories: readonly BalanceTerritory[], issues: TerritoryIssue[]): void {
  const given = territories.filter((t) => t.targetShare !== null);
  if (issues.some((issue) => issue.field === "targetShare") || given.length === 0) return;
  const total = given.reduce((sum, t) => sum.plus(new Dec(t.targetShare as string)), new Dec(0));
  const all = given.length === territories.length;
  if ((all && !total.equals(1)) || total.gt(1))
    issues.push({
      code: "invalid",
      message: all
        ? `The territories' target shares must sum to 1, they sum to ${total.toFixed()}`
        : `The given target shares sum to ${total.toFixed()}, more than 1`,
      field: "targetShare",
    });
}

function duplicates(ids: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const id of ids) (seen.has(id) ? repeated : seen).add(id);
  return [...repeated];
}

/**
 * Every problem with the accounts and territories of a balancing (all at once): unique ids, potentials plain
 * decimals ≥ 0, workloads ≥ 0, coordinates in range and in pairs, target shares 0–1 summing to 1 (or at most 1
 * when some are open), capacities ≥ 0, locks on known territories. Returns the issues; nothing is thrown here.
 */
export function checkBalanceInput(
  accounts: readonly BalanceAccount[],
  territories: readonly BalanceTerritory[],
): TerritoryIssue[] {
  const issues: TerritoryIssue[] = [];
  if (territories.length === 0)
    issues.push({
      code: "no_territories",
      message: "Balancing needs at least one territory",
      field: "territories",
    });
  for (const id of duplicates(territories.map((t) => t.id)))
    issues.push({ code: "duplicate_territory", message: `Territory ${id} is listed twice`, territoryId: id });
  for (const id of duplicates(accounts.map((a) => a.id)))
    issues.push({ code: "duplicate_account", message: `Account ${id} is listed twice`, accountId: id });
  territories.forEach((territory, index) => {
    checkTerritory(territory, index, issues);
  });
  checkShareTotal(territories, issues);
  const known = new Set(territories.map((t) => t.id));
  accounts.forEach((account, index) => {
    checkAccount(account, index, issues);
    if (account.lockedTerritoryId !== null && !known.has(account.lockedTerritoryId))
      issues.push({
        code: "invalid",
        message: `accounts[${index}] (${account.id}): locked to unknown territory ${account.lockedTerritoryId}`,
        accountId: account.id,
        field: "lockedTerritoryId",
      });
  });
  return issues;
}

/** What the optimiser tolerates but reports: accounts without coordinates, unknown current or allowed territories. */
export function balanceWarnings(
  accounts: readonly BalanceAccount[],
  territories: readonly BalanceTerritory[],
): BalanceWarning[] {
  const known = new Set(territories.map((t) => t.id));
  const warnings: BalanceWarning[] = [];
  const add = (code: string, message: string, accountIds: string[]) => {
    if (accountIds.length > 0)
      warnings.push({ code, message: `${accountIds.length} ${message}`, accountIds });
  };
  add(
    "no_coordinates",
    "account(s) without coordinates: compactness ignores them",
    accounts.filter((a) => a.latitude === null || a.longitude === null).map((a) => a.id),
  );
  add(
    "unknown_current_territory",
    "account(s) currently in a territory outside the balancing: treated as new",
    accounts
      .filter((a) => a.currentTerritoryId !== null && !known.has(a.currentTerritoryId))
      .map((a) => a.id),
  );
  add(
    "unknown_allowed_territory",
    "account(s) allow territories outside the balancing: those are ignored",
    accounts.filter((a) => a.allowedTerritoryIds?.some((id) => !known.has(id))).map((a) => a.id),
  );
  return warnings;
}
