/**
 * The breadcrumb above the grid: the nodes passed through on the way down, each with the URL's personId at that
 * step (undefined = the caller's own default node). The current node is not in the trail.
 */
export type TrailStep = { personId: string | undefined; name: string };

/** Drilling into a report: the node being left joins the trail. */
export function drillDown(trail: readonly TrailStep[], leaving: TrailStep): TrailStep[] {
  return [...trail, leaving];
}

/** Climbing back to step `index`: that step becomes the node, the steps after it go. */
export function climbTo(
  trail: readonly TrailStep[],
  index: number,
): { trail: TrailStep[]; to: TrailStep | undefined } {
  return { trail: trail.slice(0, index), to: trail[index] };
}
