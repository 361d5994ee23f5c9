import {
  type AnalyticsGroupBy,
  type ForecastMotion,
  type OpportunityQuery,
  type OpportunitySort,
  type RiskFlagKind,
  riskFlagKinds,
  type SortOrder,
} from "../../api/pipeline-types";

export type PipelineView = "board" | "table" | "analytics";

/** The pipeline page's state as kept in the URL (so a filtered view can be linked). */
export type PipelineUrlState = {
  view: PipelineView;
  personId?: string;
  stage?: string;
  flag?: RiskFlagKind;
  motion?: ForecastMotion;
  closeFrom?: string;
  closeTo?: string;
  /** The analytics tab's range of creation dates (the API's `from`/`to`; default the last 12 months). */
  createdFrom?: string;
  createdTo?: string;
  q?: string;
  sort: OpportunitySort;
  order: SortOrder;
  page: number;
  by: AnalyticsGroupBy;
};

export const tablePageSize = 50;

const views: readonly PipelineView[] = ["board", "table", "analytics"];
const sorts: readonly OpportunitySort[] = ["amount", "closeDate", "ageDays", "daysInStage", "name"];
const groupings: readonly AnalyticsGroupBy[] = ["segment", "source", "owner", "type"];
const motions: readonly ForecastMotion[] = ["new_business", "expansion_renewal"];
const isoDay = /^\d{4}-\d{2}-\d{2}$/;

function oneOf<T extends string>(allowed: readonly T[], value: string | undefined): T | undefined {
  return allowed.find((a) => a === value);
}

/** Reads the URL leniently: an unknown value is ignored (the default applies), never an error page. */
export function readPipelineUrl(get: (key: string) => string | undefined): PipelineUrlState {
  const page = Number(get("page"));
  const day = (key: string) => {
    const value = get(key);
    return value && isoDay.test(value) ? value : undefined;
  };
  return {
    view: oneOf(views, get("view")) ?? "board",
    personId: get("personId"),
    stage: get("stage"),
    flag: oneOf(riskFlagKinds, get("flag")),
    motion: oneOf(motions, get("motion")),
    closeFrom: day("closeFrom"),
    closeTo: day("closeTo"),
    createdFrom: day("createdFrom"),
    createdTo: day("createdTo"),
    q: get("q")?.trim() || undefined,
    sort: oneOf(sorts, get("sort")) ?? "amount",
    order: get("order") === "asc" ? "asc" : "desc",
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    by: oneOf(groupings, get("by")) ?? "segment",
  };
}

/** The table's request: the URL's filters, one page of `tablePageSize` deals. */
export function toOpportunityQuery(state: PipelineUrlState): OpportunityQuery {
  return {
    personId: state.personId,
    stage: state.stage,
    flag: state.flag,
    motion: state.motion,
    closeFrom: state.closeFrom,
    closeTo: state.closeTo,
    q: state.q,
    sort: state.sort,
    order: state.order,
    limit: tablePageSize,
    offset: (state.page - 1) * tablePageSize,
  };
}

/**
 * Clicking a column header: the same column flips the order; a new column starts descending for figures
 * (largest first) and ascending for names and dates (A first, soonest first). Back to page 1 either way.
 */
export function nextSort(
  state: Pick<PipelineUrlState, "sort" | "order">,
  column: OpportunitySort,
): { sort: OpportunitySort; order: SortOrder; page: undefined } {
  if (state.sort === column)
    return { sort: column, order: state.order === "asc" ? "desc" : "asc", page: undefined };
  const ascending = column === "name" || column === "closeDate";
  return { sort: column, order: ascending ? "asc" : "desc", page: undefined };
}
