import { type Db, getReportingTree } from "@attain/db";
import { type ForecastLine, type PersonForecast, rollUpCategoriesInOrder, sumAmounts } from "@attain/engine";
import { type Viewer, workspaceWideRoles } from "../auth/viewer";
import { type MotionView, computeForecastRollUp, lineOf } from "./compute-forecast-roll-up";
import { loadForecastCalendar, loadForecastPeriod } from "./ensure-forecast-periods";
import { assertMayReadForecasts } from "./forecast-access";
import { loadPeriodTargets } from "./load-period-targets";
import { loadStatisticalFigures } from "./load-statistical-figures";
import { periodView } from "./period-view";
import { pickForecastPerson, treeOf } from "./pick-forecast-person";
import type { GridCell, GridRow } from "./schemas";

/**
 * The forecast grid of a node as of a day: the node's own row (what they see for their tree) and one row per direct
 * report (what the node sees for them: their call unless the node, or someone between, overrode it).
 */
export async function getForecastGrid(
  db: Db,
  viewer: Viewer,
  params: {
    periodId: string;
    personId?: string | undefined;
    motion: MotionView;
    asOf?: string | undefined;
    today: string;
  },
) {
  assertMayReadForecasts(viewer);
  const period = await loadForecastPeriod(db, viewer.workspaceId, params.periodId);
  const { currency, name: workspaceName } = await loadForecastCalendar(db, viewer.workspaceId);
  const asOf = params.asOf ?? (params.today > period.endsOn ? period.endsOn : params.today);
  const { inputs, result } = await computeForecastRollUp(db, viewer.workspaceId, period, asOf);
  const nodeId = await pickForecastPerson(db, viewer, {
    personId: params.personId,
    asOf,
    workspaceName,
    result,
  });
  const node = result.people.get(nodeId);
  if (!node) throw new Error(`forecast grid: ${nodeId} missing from the roll-up`);
  const reports = node.directReportIds
    .map((id) => result.people.get(id) as PersonForecast)
    .sort((a, b) => nameOf(a.personId).localeCompare(nameOf(b.personId)));
  const targets = await loadPeriodTargets(db, viewer.workspaceId, period, currency);
  const [statistical] = await loadStatisticalFigures(
    db,
    { workspaceId: viewer.workspaceId, periodId: period.id, asOf, result },
    [params.motion],
    [nodeId, ...node.directReportIds],
  );

  function nameOf(id: string) {
    return inputs.people.get(id)?.name ?? "(unknown person)";
  }
  function treeTarget(id: string): string | null {
    const amounts = treeOf(result, id).flatMap((p) => targets.get(p) ?? []);
    return amounts.length === 0 ? null : sumAmounts(amounts);
  }
  function row(person: PersonForecast, isNode: boolean): GridRow {
    const cells = {} as Record<(typeof rollUpCategoriesInOrder)[number], GridCell>;
    for (const category of rollUpCategoriesInOrder) {
      const line = lineOf(person, params.motion, category);
      cells[category] = cell(line, isNode);
    }
    const commitForecast = sumAmounts([cells.closed.value, cells.commit.value]);
    return {
      personId: person.personId,
      name: nameOf(person.personId),
      jobRole: inputs.people.get(person.personId)?.jobRole ?? "",
      managerId: person.managerId,
      isNode,
      hasReports: person.directReportIds.length > 0,
      cells,
      commitForecast,
      bestCaseForecast: sumAmounts([commitForecast, cells.best_case.value]),
      target: treeTarget(person.personId),
      statistical: statistical?.get(person.personId) ?? null,
    };
  }
  function cell(line: ForecastLine, isNode: boolean): GridCell {
    const override = isNode ? null : line.override;
    return {
      value: isNode ? line.rolledUp : (line.adjusted ?? line.rolledUp),
      call: line.ownCall,
      rollup: line.rollup,
      deals: line.deals,
      override: override && {
        amount: override.amount,
        note: override.note,
        authorId: override.authorId,
        authorName: nameOf(override.authorId),
        submittedAt: override.submittedAt,
      },
    };
  }

  const open = period.status === "open";
  const below = viewer.personId
    ? new Set(
        await getReportingTree(db, {
          workspaceId: viewer.workspaceId,
          managerId: viewer.personId,
          asOf: params.today,
        }),
      )
    : new Set<string>();
  const inTree = new Set(treeOf(result, nodeId));
  const lastSubmittedAt = inputs.submissions
    .filter((s) => inTree.has(s.subjectId) && s.submittedAt.slice(0, 10) <= asOf)
    .reduce<string | null>(
      (latest, s) => (latest === null || s.submittedAt > latest ? s.submittedAt : latest),
      null,
    );
  // Up the tree from the node's manager; a manager sees no higher than themself, a rep has no chain.
  const chain: { personId: string; name: string }[] = [];
  const wide = workspaceWideRoles.includes(viewer.role);
  for (let up = node.managerId; up !== null && nodeId !== viewer.personId; ) {
    if (!wide && viewer.role !== "manager") break;
    chain.unshift({ personId: up, name: nameOf(up) });
    if (!wide && up === viewer.personId) break;
    up = result.people.get(up)?.managerId ?? null;
  }
  return {
    period: periodView(period, params.today),
    asOf,
    currency,
    motion: params.motion,
    node: row(node, true),
    rows: reports.map((r) => row(r, false)),
    editable: {
      ownCall: open && viewer.personId === nodeId,
      overrideIds: open ? reports.filter((r) => below.has(r.personId)).map((r) => r.personId) : [],
    },
    lastSubmittedAt,
    chain,
  };
}
