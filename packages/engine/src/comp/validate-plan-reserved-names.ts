import { PAYOUT_COMPONENT } from "../payout/payout-line";
import { CLAWBACK_COMPONENT } from "./apply-clawbacks";
import type { PlanDefinition } from "./plan";
import type { IssueSink } from "./validate-plan-issue";

// Engine-made lines carry these component names; a plan component of the same name would have its figures
// (earnedByComponent, YTD caps, true-ups, statements) mixed with theirs.
const RESERVED: Record<string, string> = {
  [CLAWBACK_COMPONENT]: "clawback lines",
  [PAYOUT_COMPONENT]: "payout lines (holds, holdbacks, draws)",
};

/** Rejects component names the engine uses for its own lines, saying why. */
export function checkReservedNames(plan: PlanDefinition, report: IssueSink): void {
  plan.components.forEach((component, i) => {
    const usedBy = Object.hasOwn(RESERVED, component.name) ? RESERVED[component.name] : undefined;
    if (usedBy === undefined) return;
    report(
      ["components", i, "name"],
      `component name "${component.name}" is reserved: the engine gives it to ${usedBy}, so this component's figures would be mixed with theirs — choose another name (e.g. "${component.name}_${component.kind}")`,
    );
  });
}
