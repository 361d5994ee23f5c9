import { type Db, planningNodes, planningQuotas, planningScenarios } from "@attain/db";
import { multiplyAmount, sumAmounts } from "@attain/engine";
import { defaultAssumptions } from "../default-assumptions";
import type { Assumptions } from "../schemas";

/** 10,000 a month × 12 × 0.85 utilisation, fully ramped all year. */
const CAPACITY_PER_REP = "102000.00";

type People = { ana: string; ben: string; carl: string; mia: string; zoe: string };

/** Monthly quota of each rep in the test scenario (flat over the year): annual = 12 × this. */
export type TestQuotas = { ana: string; ben: string; carl: string };

/**
 * A draft FY scenario written straight into the planning tables (tests only), over the revenue fixture's people:
 * company → team:mia (Ana) and team:zoe (Ben, Carl), each rep's quota flat over the twelve months. Target 400,000.
 * Every figure is stated by the caller, so analysis tests do not depend on the allocation.
 */
export async function insertTestScenario(
  db: Db,
  fixture: { workspaceId: string; people: People },
  options: {
    fiscalYear?: number;
    name?: string;
    monthly?: TestQuotas;
    target?: string;
    assumptions?: (base: Assumptions) => Assumptions;
  } = {},
): Promise<{ scenarioId: string; months: string[] }> {
  const fiscalYear = options.fiscalYear ?? 2027;
  const monthly = options.monthly ?? { ana: "10000.00", ben: "5000.00", carl: "20000.00" };
  const months = Array.from({ length: 12 }, (_, i) => `${fiscalYear}-${String(i + 1).padStart(2, "0")}`);
  const base = defaultAssumptions({
    lastYearTotal: "0",
    seasonality: months.map(() => "0"),
    peopleWithHistory: 0,
  });
  const target = options.target ?? "400000";
  const assumptions: Assumptions = (options.assumptions ?? ((a) => a))({
    ...base,
    target: { annual: target, seasonality: { source: "entered", weights: seasonality() } },
    capacity: { ...base.capacity, productivity: "10000" },
  });
  const [scenario] = await db
    .insert(planningScenarios)
    .values({
      workspaceId: fixture.workspaceId,
      name: options.name ?? `FY${fiscalYear} test`,
      fiscalYear,
      currency: "EUR",
      assumptions,
      asOf: `${fiscalYear}-01-01`,
    })
    .returning({ id: planningScenarios.id });
  const scenarioId = scenario!.id;
  const { people } = fixture;
  const annualOf = (amount: string) => multiplyAmount(amount, "12");
  const reps = [
    { key: "ana", team: "team:mia", personId: people.ana, name: "Ana Seller", monthly: monthly.ana },
    { key: "ben", team: "team:zoe", personId: people.ben, name: "Ben Seller", monthly: monthly.ben },
    { key: "carl", team: "team:zoe", personId: people.carl, name: "Carl Seller", monthly: monthly.carl },
  ];
  const teamMonthly = (team: string) => sumAmounts(reps.filter((r) => r.team === team).map((r) => r.monthly));
  const companyMonthly = sumAmounts(reps.map((r) => r.monthly));
  const repsUnder = (nodeId: string) =>
    nodeId === "company"
      ? reps.length
      : nodeId.startsWith("team:")
        ? reps.filter((r) => r.team === nodeId).length
        : 1;
  const nodes = [
    {
      nodeId: "company",
      parentNodeId: null,
      kind: "company" as const,
      personId: null,
      name: "Acme Software",
      monthly: companyMonthly,
    },
    {
      nodeId: "team:mia",
      parentNodeId: "company",
      kind: "team" as const,
      personId: null,
      name: "Mia's team",
      monthly: teamMonthly("team:mia"),
    },
    ...reps
      .filter((r) => r.team === "team:mia")
      .map((r) => ({
        nodeId: `person:${r.personId}`,
        parentNodeId: r.team,
        kind: "person" as const,
        personId: r.personId,
        name: r.name,
        monthly: r.monthly,
      })),
    {
      nodeId: "team:zoe",
      parentNodeId: "company",
      kind: "team" as const,
      personId: null,
      name: "Zoe's team",
      monthly: teamMonthly("team:zoe"),
    },
    ...reps
      .filter((r) => r.team === "team:zoe")
      .map((r) => ({
        nodeId: `person:${r.personId}`,
        parentNodeId: r.team,
        kind: "person" as const,
        personId: r.personId,
        name: r.name,
        monthly: r.monthly,
      })),
  ];
  await db.insert(planningNodes).values(
    nodes.map((n, position) => ({
      workspaceId: fixture.workspaceId,
      scenarioId,
      nodeId: n.nodeId,
      parentNodeId: n.parentNodeId,
      kind: n.kind,
      personId: n.personId,
      name: n.name,
      position,
      annual: annualOf(n.monthly),
      topDown: annualOf(n.monthly),
      childrenTotal: n.kind === "person" ? null : annualOf(n.monthly),
      // Bottom-up as the allocation stores it: 10,000 × 12 months × 0.85 utilisation = 102,000 per rep, rolled up.
      bottomUpCapacity: multiplyAmount(CAPACITY_PER_REP, String(repsUnder(n.nodeId))),
      bottomUpPotential: "0",
      hireDate: n.kind === "person" ? "2024-01-01" : null,
      drivers: n.kind === "person" ? { history: "0", potential: "0", pipeline: "0" } : null,
    })),
  );
  await db.insert(planningQuotas).values(
    nodes.flatMap((n) =>
      months.map((month) => ({
        workspaceId: fixture.workspaceId,
        scenarioId,
        nodeId: n.nodeId,
        month: `${month}-01`,
        amount: n.monthly,
      })),
    ),
  );
  return { scenarioId, months };
}

/** Twelve equal weights that sum to exactly 1: eleven of 0.083333 and one of 0.083337. */
function seasonality(): string[] {
  return [...Array.from({ length: 11 }, () => "0.083333"), "0.083337"];
}
