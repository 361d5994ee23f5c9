import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { countryBounds } from "./cities";
import { chunkColumns, inMemoryTables } from "./demo-tables";
import { type DemoCompany, generateDemoCompany } from "./generate-demo-company";
import { seasonalShare } from "./generate-targets";
import type { ActivityRow, LeadRow, OrderLineRow, StageHistoryRow } from "./types";

const today = "2026-11-22";
const small = { seed: 42, scale: 0.05, today };

type Streamed = {
  history: StageHistoryRow[];
  lines: OrderLineRow[];
  activities: ActivityRow[];
  leads: LeadRow[];
};

function collect(company: DemoCompany): Streamed {
  const out: Streamed = { history: [], lines: [], activities: [], leads: [] };
  for (const chunk of company.stream(1000)) {
    if (chunk.table === "opportunity_stage_history") out.history.push(...chunk.rows);
    else if (chunk.table === "order_lines") out.lines.push(...chunk.rows);
    else if (chunk.table === "activities") out.activities.push(...chunk.rows);
    else out.leads.push(...chunk.rows);
  }
  return out;
}

/** SHA-256 of every stored column of every row, in load order: what the database would receive. */
function hashCompany(company: DemoCompany): string {
  const hash = createHash("sha256");
  for (const table of inMemoryTables(company)) {
    hash.update(table.name);
    for (const row of table.rows)
      hash.update(JSON.stringify(table.keys.map((k) => (row as Record<PropertyKey, unknown>)[k])));
  }
  for (const chunk of company.stream(777)) {
    const { keys } = chunkColumns(chunk);
    hash.update(chunk.table);
    for (const row of chunk.rows)
      hash.update(JSON.stringify(keys.map((k) => (row as Record<PropertyKey, unknown>)[k])));
  }
  return hash.digest("hex");
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

const cents = (amount: string) => {
  expect(amount).toMatch(/^-?\d+\.\d{2}$/);
  const [whole, fraction] = amount.replace("-", "").split(".");
  return (amount.startsWith("-") ? -1 : 1) * (Number(whole) * 100 + Number(fraction));
};

const company = generateDemoCompany(small);
const rows = collect(company);

describe("generateDemoCompany (seed 42, scale 0.05, today 2026-11-22)", () => {
  it("is deterministic: the same options give the same bytes, another seed or namespace other rows", () => {
    const first = hashCompany(company);
    expect(hashCompany(generateDemoCompany(small))).toBe(first);
    expect(hashCompany(generateDemoCompany({ ...small, seed: 43 }))).not.toBe(first);
    const salted = generateDemoCompany({ ...small, idNamespace: "other" });
    expect(salted.opportunities[0]!.id).not.toBe(company.opportunities[0]!.id);
    expect(salted.opportunities.map((o) => o.amount)).toEqual(company.opportunities.map((o) => o.amount));
    // Three companies generated and hashed: seconds on a busy shared machine.
  }, 60_000);

  it("has exactly these row counts (pinned for seed 42; the volumes scale with `scale`)", () => {
    expect({
      regions: company.regions.length,
      teams: company.teams.length,
      people: company.people.length,
      reportingLines: company.reportingLines.length,
      teamMemberships: company.teamMemberships.length,
      accounts: company.accounts.length,
      products: company.products.length,
      opportunities: company.opportunities.length,
      exchangeRates: company.exchangeRates.length,
      bookingTargets: company.bookingTargets.length,
      traffic: company.marketingTrafficDaily.length,
      history: rows.history.length,
      lines: rows.lines.length,
      activities: rows.activities.length,
      leads: rows.leads.length,
      pipelineStages: company.pipelineStages.length,
      forecastPeriods: company.forecastPeriods.length,
      forecastSubmissions: company.forecastSubmissions.length,
    }).toMatchInlineSnapshot(`
      {
        "accounts": 250,
        "activities": 10795,
        "bookingTargets": 1116,
        "exchangeRates": 88,
        "forecastPeriods": 13,
        "forecastSubmissions": 32153,
        "history": 3728,
        "leads": 1500,
        "lines": 4911,
        "opportunities": 1000,
        "people": 84,
        "pipelineStages": 6,
        "products": 9,
        "regions": 4,
        "reportingLines": 89,
        "teamMemberships": 85,
        "teams": 14,
        "traffic": 6342,
      }
    `);
  });

  it("covers 1 Jan two years back to today, with open pipeline up to nine months ahead", () => {
    expect(company.firstDay).toBe("2024-01-01");
    expect(company.lastDay).toBe("2027-08-22");
    for (const line of rows.lines) expect(line.bookingDate <= today).toBe(true);
    for (const activity of rows.activities) expect(activity.occurredAt.slice(0, 10) <= today).toBe(true);
    const open = company.opportunities.filter((o) => o.status === "open");
    expect(open.filter((o) => o.closeDate > today).length / open.length).toBeGreaterThan(0.8);
  });

  it("gives every row a distinct UUID", () => {
    const ids = [
      ...company.people,
      ...company.accounts,
      ...company.opportunities,
      ...company.reportingLines,
      ...company.bookingTargets,
      ...rows.history,
      ...rows.lines,
      ...rows.activities,
      ...rows.leads,
    ].map((r) => r.id);
    for (const id of ids.slice(0, 50))
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("places every account inside its country's bounding box, with a plausible postal code", () => {
    const postal = {
      FR: /^\d{5}$/,
      DE: /^\d{5}$/,
      US: /^\d{5}$/,
      GB: /^[A-Z]{1,2}\d{1,2}[A-Z]? \d[A-Z]{2}$/,
    };
    for (const account of company.accounts) {
      const box = countryBounds[account.countryCode];
      const lat = Number(account.latitude);
      const lon = Number(account.longitude);
      expect(lat >= box.minLat && lat <= box.maxLat && lon >= box.minLon && lon <= box.maxLon).toBe(true);
      expect(account.postalCode).toMatch(postal[account.countryCode]);
    }
  });

  it("books each won deal as order lines that sum exactly to its amount, and nothing for other deals", () => {
    const booked = new Map<string, number>();
    for (const line of rows.lines) {
      if (line.kind === "booking")
        booked.set(line.opportunityId, (booked.get(line.opportunityId) ?? 0) + cents(line.amount));
      expect(cents(line.amount)).toBe(Number(line.quantity) * cents(line.unitPrice));
    }
    for (const opp of company.opportunities) {
      if (opp.status === "won") expect(booked.get(opp.id)).toBe(cents(opp.amount));
      else expect(booked.has(opp.id)).toBe(false);
    }
  });

  it("makes every cancellation and return a negative line of the same order, never more than the line it reverses", () => {
    const byId = new Map(rows.lines.map((l) => [l.id, l]));
    const reversed = new Map<string, number>();
    const reversals = rows.lines.filter((l) => l.kind !== "booking");
    expect(reversals.some((l) => l.kind === "cancellation")).toBe(true);
    expect(reversals.some((l) => l.kind === "return")).toBe(true);
    for (const line of reversals) {
      const original = byId.get(line.originalLineId!)!;
      expect(original.kind).toBe("booking");
      expect(original.orderNumber).toBe(line.orderNumber);
      expect(line.bookingDate >= original.bookingDate).toBe(true);
      expect(cents(line.amount)).toBeLessThan(0);
      reversed.set(original.id, (reversed.get(original.id) ?? 0) - cents(line.amount));
    }
    for (const [id, total] of reversed) expect(total).toBeLessThanOrEqual(cents(byId.get(id)!.amount));
    for (const line of rows.lines) if (line.kind === "booking") expect(line.originalLineId).toBeNull();
  });

  it("gives each person non-overlapping reporting lines that form one tree under the CEO on every month-end", () => {
    const linesByPerson = groupBy(company.reportingLines, (l) => l.personId);
    for (const lines of linesByPerson.values()) {
      const sorted = [...lines].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
      for (let i = 1; i < sorted.length; i++)
        expect(sorted[i - 1]!.validTo! <= sorted[i]!.validFrom).toBe(true);
    }
    const ceo = company.people.find((p) => p.title === "Chief Executive Officer")!;
    for (let m = 0; m < 35; m++) {
      const day = new Date(Date.UTC(2024, m + 1, 0)).toISOString().slice(0, 10);
      const active = company.people.filter(
        (p) => p.hireDate <= day && (p.leaveDate === null || p.leaveDate >= day),
      );
      const manager = new Map<string, string>();
      for (const l of company.reportingLines) {
        if (l.validFrom <= day && (l.validTo === null || l.validTo > day)) {
          expect(manager.has(l.personId)).toBe(false);
          manager.set(l.personId, l.managerId);
        }
      }
      const roots = active.filter((p) => !manager.has(p.id));
      expect(roots.map((p) => p.id)).toEqual([ceo.id]);
      for (const person of active) {
        const seen = new Set<string>();
        let at = person.id;
        while (manager.has(at)) {
          expect(seen.has(at)).toBe(false);
          seen.add(at);
          at = manager.get(at)!;
          expect(active.some((p) => p.id === at)).toBe(true);
        }
        expect(at).toBe(ceo.id);
      }
    }
  });

  it("moves one rep to another team and manager mid-period, and hands the UK team to a new manager", () => {
    const movers = company.people.filter((p) => {
      const managers = new Set(
        company.reportingLines.filter((l) => l.personId === p.id).map((l) => l.managerId),
      );
      const teams = new Set(company.teamMemberships.filter((m) => m.personId === p.id).map((m) => m.teamId));
      return p.jobRole === "ae" && managers.size === 2 && teams.size === 2;
    });
    expect(movers.map((p) => p.office)).toEqual(["Denver"]);
    const ukManagers = company.people.filter((p) => p.title === "Regional Sales Manager, United Kingdom");
    expect(ukManagers.map((p) => p.leaveDate)).toEqual(["2025-03-31", null]);
  });

  it("keeps stage histories in time order, starting at creation and ending at the deal's stage, amount and category", () => {
    const history = groupBy(rows.history, (h) => h.opportunityId);
    for (const opp of company.opportunities) {
      const steps = history.get(opp.id)!;
      expect(steps[0]!.stage).toBe("Qualify");
      expect(steps[0]!.enteredAt.slice(0, 10) >= opp.createdOn).toBe(true);
      for (let i = 1; i < steps.length; i++) expect(steps[i - 1]!.enteredAt < steps[i]!.enteredAt).toBe(true);
      const last = steps[steps.length - 1]!;
      expect([last.stage, last.amount, last.forecastCategory, last.closeDate]).toEqual([
        opp.stage,
        opp.amount,
        opp.forecastCategory,
        opp.closeDate,
      ]);
    }
  });

  it("orders each lead's funnel dates and links converted leads to their deal both ways", () => {
    const opps = new Map(company.opportunities.map((o) => [o.id, o]));
    for (const lead of rows.leads) {
      const steps = [
        lead.createdOn,
        lead.mqlOn,
        lead.firstContactAt?.slice(0, 10),
        lead.sqlOn,
        lead.convertedOn ?? lead.disqualifiedOn,
      ];
      const present = steps.filter((s): s is string => s != null);
      expect(present).toEqual([...present].sort());
      if (lead.status === "converted") {
        const opp = opps.get(lead.opportunityId!)!;
        expect([opp.leadId, lead.convertedOn, lead.ownerId]).toEqual([lead.id, opp.createdOn, opp.ownerId]);
      }
    }
    const fromLeads = company.opportunities.filter((o) => o.leadId !== null).length;
    expect(rows.leads.filter((l) => l.status === "converted").length).toBe(fromLeads);
  });

  it("records an email's reply only when it was opened, and the lead's first contact as the SDR's first touch", () => {
    for (const a of rows.activities) {
      if (a.kind === "email") expect(a.emailOpened || !a.emailReplied).toBe(true);
      else expect([a.emailOpened, a.emailReplied]).toEqual([null, null]);
    }
    const firstTouch = new Map<string, string>();
    for (const a of rows.activities)
      if (a.leadId && !firstTouch.has(a.leadId)) firstTouch.set(a.leadId, a.occurredAt);
    for (const lead of rows.leads)
      if (lead.firstContactAt) expect(firstTouch.get(lead.id)).toBe(lead.firstContactAt);
  });

  it("ramps a new hire's monthly target 0%, 25%, 50%, 75%, 100% (ramp 4) of quota x month's seasonal share", () => {
    const hire = company.people.find(
      (p) => p.jobRole === "ae" && p.rampMonths === 4 && p.hireDate >= "2025-01-01",
    )!;
    const targets = company.bookingTargets.filter((t) => t.personId === hire.id).slice(0, 6);
    expect(targets[0]!.amount).toBe("0.00");
    const ratios = targets.slice(1).map((t) => {
      const month = Number(t.month.slice(5, 7));
      const fullMonth =
        company.quotas.get(`${hire.regionKey}|${t.month.slice(0, 4)}`)! * seasonalShare(month);
      // Targets are rounded to 100 currency units (10,000 cents).
      return Math.round((cents(t.amount) / fullMonth) * 20) / 20;
    });
    expect(ratios).toEqual([0.25, 0.5, 0.75, 1, 1]);
  });
});

describe("generateDemoCompany at scale 1 (in-memory tables only)", () => {
  it("sets quotas so that 55–80% of sellers reach 70% of their target in each completed year (gross bookings)", () => {
    const full = generateDemoCompany({ seed: 42, scale: 1, today });
    const booked = new Map<string, number>();
    for (const o of full.opportunities) {
      if (o.status === "won")
        booked.set(
          `${o.ownerId}|${o.closeDate.slice(0, 4)}`,
          (booked.get(`${o.ownerId}|${o.closeDate.slice(0, 4)}`) ?? 0) + cents(o.amount),
        );
    }
    for (const year of ["2024", "2025"]) {
      const target = new Map<string, number>();
      for (const t of full.bookingTargets)
        if (t.personId && t.month.startsWith(year))
          target.set(t.personId, (target.get(t.personId) ?? 0) + cents(t.amount));
      const attainment = [...target]
        .filter(([, t]) => t > 0)
        .map(([id, t]) => (booked.get(`${id}|${year}`) ?? 0) / t);
      const share = attainment.filter((a) => a >= 0.7).length / attainment.length;
      expect(share).toBeGreaterThanOrEqual(0.55);
      expect(share).toBeLessThanOrEqual(0.8);
    }
    expect(full.opportunities.length).toBe(20_000);
    expect(full.accounts.length).toBe(5_000);
  }, 60_000);
});
