import { describe, expect, it } from "vitest";
import { orderLines } from "@attain/db";
import { creditTransactions } from "@attain/engine";
import { loadCreditingRules } from "../compensation/calculation/load-crediting-rules";
import { loadTransactions } from "../compensation/calculation/load-transactions";
import { runImport } from "../import";
import { writeTempFile } from "../import/test-support";
import { useTerritoryFixture } from "../territories/test-support/use-territory-fixture";

const env = useTerritoryFixture();
type Client = Awaited<ReturnType<typeof env.signedIn>>;
type Territory = { id: string; key: string };
const keyed = (plan: { territories: Territory[] }) =>
  Object.fromEntries(plan.territories.map((t) => [t.key, t.id]));
const patch = (client: Client, path: string, json: unknown) => client.request("PATCH", path, { json });

// The steps build on each other: FY2027 (v1, from 2027-01-01), then "H2 2027" (v2, from 2027-07-01) moving Bravo.
describe("publishing territory plans and their effects", () => {
  let admin: Client;
  let first: { id: string; revision: number; territories: Territory[] };
  let second: { id: string; revision: number; territories: Territory[] };

  it("refuses to publish while an account has no territory, naming it", async () => {
    admin = await env.signedIn("admin");
    first = await (
      await admin.post("/api/territories/plans", { name: "FY2027", effectiveFrom: "2027-01-01" })
    ).json();
    const ruled = await admin.post(`/api/territories/plans/${first.id}/apply-rules`, {
      baseRevision: 1,
      scope: "unassigned",
    });
    first = (await ruled.json()).plan;
    const refused = await admin.post(`/api/territories/plans/${first.id}/publish`, {
      baseRevision: first.revision,
    });
    expect(refused.status).toBe(422);
    expect((await refused.json()).errors).toEqual([
      {
        path: `accounts.${env.fixture.accounts.foxtrot}`,
        message: "Foxtrot: no territory covers it (a gap)",
      },
    ]);
  });

  it("the first publication: version 1, a history row per account, new owners for the unowned accounts", async () => {
    const { accounts, people } = env.fixture;
    const moved = await admin.post(`/api/territories/plans/${first.id}/moves`, {
      baseRevision: first.revision,
      moves: [{ accountId: accounts.foxtrot, territoryId: keyed(first).ben }],
    });
    first = await moved.json();
    expect(
      (
        await (
          await env.signedIn("mia")
        ).post(`/api/territories/plans/${first.id}/publish`, { baseRevision: first.revision })
      ).status,
    ).toBe(403);
    const published = await admin.post(`/api/territories/plans/${first.id}/publish`, {
      baseRevision: first.revision,
    });
    expect(published.status).toBe(200);
    const body = await published.json();
    expect(body.plan).toMatchObject({ status: "published", planOfRecord: true, version: 1 });
    // Echo (unowned → Carl) and Foxtrot (unowned → Ben); nobody moved on a first publication.
    expect(body.effects).toEqual({
      accountsMoved: 0,
      ownersChanged: 2,
      quotaTransfers: [],
      transfersAppliedTo: null,
    });
    const history = await (await admin.get(`/api/territories/accounts/${accounts.echo}/history`)).json();
    expect(history.history).toEqual([
      {
        territoryKey: "carl",
        territoryName: "Carl Seller",
        ownerId: people.carl,
        ownerName: "Carl Seller",
        validFrom: "2027-01-01",
        validTo: null,
        planId: first.id,
        planVersion: 1,
      },
    ]);
    const again = await admin.post(`/api/territories/plans/${first.id}/publish`, {
      baseRevision: body.plan.revision,
    });
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ planStatus: "published" });
  });

  it("a second plan moves Bravo (500.00 of Ana's 1500.00) to Ben: history closed and opened, quota share 0.333333", async () => {
    const { accounts, people } = env.fixture;
    const scenario = await admin.post("/api/planning/scenarios", { name: "FY2027 quotas", fiscalYear: 2027 });
    expect(scenario.status).toBe(201);
    const scenarioId = (await scenario.json()).id;
    second = await (
      await admin.post("/api/territories/plans", {
        name: "H2 2027",
        effectiveFrom: "2027-07-01",
        copyFrom: first.id,
      })
    ).json();
    second = await (
      await patch(admin, `/api/territories/plans/${second.id}`, {
        baseRevision: 1,
        planningScenarioId: scenarioId,
      })
    ).json();
    second = await (
      await admin.post(`/api/territories/plans/${second.id}/moves`, {
        baseRevision: second.revision,
        moves: [{ accountId: accounts.bravo, territoryId: keyed(second).ben }],
      })
    ).json();
    const published = await (
      await admin.post(`/api/territories/plans/${second.id}/publish`, { baseRevision: second.revision })
    ).json();
    expect(published.plan).toMatchObject({ version: 2, planOfRecord: true });
    expect(published.effects).toMatchObject({ accountsMoved: 1, ownersChanged: 1 });
    // 500.00 ÷ 1500.00 = 0.3333333… → 0.333333 (half-up, 6 places).
    const transfers = [
      {
        fromNodeId: `person:${people.ana}`,
        toNodeId: `person:${people.ben}`,
        effectiveMonth: "2027-07",
        share: "0.333333",
        reason: "Territory plan H2 2027 v2: 1 account, potential 500.00 of 1500.00",
      },
    ];
    expect(published.effects).toMatchObject({ quotaTransfers: transfers, transfersAppliedTo: scenarioId });
    const stored = await (await admin.get(`/api/planning/scenarios/${scenarioId}`)).json();
    expect(stored.assumptions.transfers).toEqual(transfers);
    const plans = await (await admin.get("/api/territories/plans")).json();
    expect(plans.plans.map((p: { name: string; status: string }) => [p.name, p.status])).toEqual([
      ["H2 2027", "published"],
      ["FY2027", "archived"],
    ]);
    const history = await (await admin.get(`/api/territories/accounts/${accounts.bravo}/history`)).json();
    expect(
      history.history.map((h: { territoryKey: string; validFrom: string; validTo: string | null }) => [
        h.territoryKey,
        h.validFrom,
        h.validTo,
      ]),
    ).toEqual([
      ["ana", "2027-01-01", "2027-07-01"],
      ["ben", "2027-07-01", null],
    ]);
  });

  it("transactions carry the territory key of their date; territory credit only when the setting asks", async () => {
    const { database, fixture } = env;
    const { workspaceId, accounts, people } = fixture;
    await database.db.insert(orderLines).values(
      ["2027-03-01", "2027-08-01"].map((bookingDate, i) => ({
        workspaceId,
        externalId: `bravo-${i}`,
        orderNumber: `SO-B${i}`,
        ownerId: people.ana,
        accountId: accounts.bravo,
        bookingDate,
        amount: "100.00",
        currency: "EUR",
      })),
    );
    const lines = await loadTransactions(database.sql, { workspaceId, from: "2027-01-01", to: "2027-12-31" });
    expect(lines.map((l) => [l.date, l.territoryId]).sort()).toEqual([
      ["2027-03-01", "ana"],
      ["2027-08-01", "ben"],
    ]);
    expect((await loadCreditingRules(database.sql, workspaceId)).territories).toEqual([]);
    await database.sql.query(
      `insert into comp_settings (workspace_id, crediting) values ($1, '{"territoryOwners": true}')
       on conflict (workspace_id) do update set crediting = excluded.crediting`,
      [workspaceId],
    );
    const rules = await loadCreditingRules(database.sql, workspaceId);
    expect(rules.territories.filter((t) => t.territoryId === "ben")).toEqual([
      {
        territoryId: "ben",
        personId: people.ben,
        share: "1",
        role: "direct",
        validFrom: "2027-01-01",
        validTo: "2027-07-01",
      },
      {
        territoryId: "ben",
        personId: people.ben,
        share: "1",
        role: "direct",
        validFrom: "2027-07-01",
        validTo: null,
      },
    ]);
    // Ana owns both lines; from 2027-07-01 Bravo is Ben's territory, so Ben is credited the August line too.
    const credited = creditTransactions({
      transactions: lines,
      rules: { ...rules, rollup: null },
      reportingLines: [],
      planCurrency: "EUR",
      exchangeRates: [],
      payeesWithPlan: null,
    });
    const who = (id: string) => (id === people.ana ? "ana" : id === people.ben ? "ben" : id);
    expect(credited.credits.map((c) => [c.date, who(c.payeeId), c.role, c.measures.bookings]).sort()).toEqual(
      [
        ["2027-03-01", "ana", "direct", "100.00"],
        ["2027-08-01", "ana", "direct", "100.00"],
        ["2027-08-01", "ben", "direct", "100.00"],
      ],
    );
  });
});

describe("routing by the plan of record", () => {
  it("an existing account goes to its territory, a French lead is an overlap (Ana and Ben), an Italian one nowhere", async () => {
    const { accounts, people } = env.fixture;
    const marketing = await env.signedIn("marketing");
    const response = await marketing.post("/api/territories/route", {
      records: [
        { id: "r1", countryCode: "FR" },
        { id: "r2", accountId: accounts.bravo },
        { id: "r3", countryCode: "IT" },
      ],
      asOf: "2027-08-01",
    });
    expect(response.status).toBe(200);
    const { decisions } = await response.json();
    expect(
      decisions.map((d: { recordId: string; reason: string; ownerId: string | null }) => [
        d.recordId,
        d.reason,
        d.ownerId,
      ]),
    ).toEqual([
      ["r1", "overlap", null],
      ["r2", "account territory", people.ben],
      ["r3", "no territory", null],
    ]);
    expect(
      (await (await env.signedIn("ana")).post("/api/territories/route", { records: [{ id: "x" }] })).status,
    ).toBe(403);
  });
});

describe("importing accounts and leads without an owner routes them", () => {
  it("a German account goes to Carl (the only DE territory) and joins it; a French one overlaps and stays unowned", async () => {
    const { database, fixture } = env;
    const file = writeTempFile(
      "accounts.csv",
      "Account ID,Account Name,Country\nnew-de,Neu GmbH,DE\nnew-fr,Nouveau SA,FR\n",
    );
    const report = await runImport(database, {
      workspaceId: fixture.workspaceId,
      entity: "accounts",
      source: file,
      fileName: "accounts.csv",
    });
    expect(report).toMatchObject({ status: "committed", inserted: 2, created: { routed: 1 } });
    const rows = await database.sql.query<{
      external_id: string;
      owner_id: string | null;
      territory_key: string | null;
    }>(
      `select a.external_id, a.owner_id, h.territory_key from accounts a
       left join account_territory_history h on h.account_id = a.id and h.valid_to is null
       where a.workspace_id = $1 and a.external_id like 'new-%' order by a.external_id`,
      [fixture.workspaceId],
    );
    expect(rows).toEqual([
      { external_id: "new-de", owner_id: fixture.people.carl, territory_key: "carl" },
      { external_id: "new-fr", owner_id: null, territory_key: null },
    ]);
  });

  it("a German lead goes to Carl by the rules, an Italian one stays unowned; the import counts it", async () => {
    const { database, fixture } = env;
    const file = writeTempFile(
      "leads.csv",
      "Lead ID,Source,Created On,Country\nL-1,referral,2026-11-01,DE\nL-2,ads,2026-11-02,IT\n",
    );
    const report = await runImport(database, {
      workspaceId: fixture.workspaceId,
      entity: "leads",
      source: file,
      fileName: "leads.csv",
    });
    expect(report.errors).toEqual([]);
    expect(report).toMatchObject({ status: "committed", inserted: 2, created: { routed: 1 } });
    const leads = await database.sql.query<{ external_id: string; owner_id: string | null }>(
      "select external_id, owner_id from leads where workspace_id = $1 order by external_id",
      [fixture.workspaceId],
    );
    expect(leads).toEqual([
      { external_id: "L-1", owner_id: fixture.people.carl },
      { external_id: "L-2", owner_id: null },
    ]);
  });
});
