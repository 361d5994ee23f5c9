import { compareAmounts } from "../money/compare-amounts";
import type { PlanDefinition, TierTable } from "./plan";
import type { IssueSink } from "./validate-plan-issue";

/**
 * Bands must start at 0, follow each other without gap or overlap, ascend, and end open (`to: null`) — so every
 * value has exactly one band, and a pay ceiling is written as a cap, not as a missing band. Rates are never
 * negative (a decelerator below 1 is fine); `rateAtTo` belongs to interpolated tables, on every bounded band.
 */
export function checkTierTables(plan: PlanDefinition, report: IssueSink): void {
  plan.tierTables.forEach((table, t) => {
    checkTierTable(table, ["tierTables", t, "tiers"], report);
  });
}

function checkTierTable(table: TierTable, at: (string | number)[], report: IssueSink): void {
  const name = `tier table '${table.name}'`;
  const { tiers } = table;
  if (tiers.length === 0) {
    report(at, `${name} has no bands`);
    return;
  }
  tiers.forEach((tier, i) => {
    const band = `${name}: band ${i + 1}`;
    const here = [...at, i];
    if (i === 0 && compareAmounts(tier.from, "0") !== 0) {
      report(
        [...here, "from"],
        `${band} starts at ${tier.from} — the first band must start at 0 (a band with rate 0 makes a threshold)`,
      );
    }
    const previous = tiers[i - 1];
    if (previous !== undefined) checkJoin(name, i, previous, tier, here, report);
    if (tier.to !== null && compareAmounts(tier.to, tier.from) <= 0) {
      report([...here, "to"], `${band} ends at ${tier.to}, which is not above its start ${tier.from}`);
    }
    if (tier.to === null && i < tiers.length - 1) {
      report(
        [...here, "to"],
        `${band} is open-ended (no "to") but band ${i + 2} follows — only the last band may be open-ended`,
      );
    }
    if (tier.to !== null && i === tiers.length - 1) {
      report(
        [...here, "to"],
        `${band} is the last band and ends at ${tier.to} — the last band must be open-ended (to: null) so every value has a rate; limit pay with caps`,
      );
    }
    if (compareAmounts(tier.rate, "0") < 0)
      report([...here, "rate"], `${band} has a negative rate ${tier.rate}`);
    checkRateAtTo(table, band, tier, here, report);
  });
}

function checkJoin(
  name: string,
  i: number,
  previous: TierTable["tiers"][number],
  tier: TierTable["tiers"][number],
  here: (string | number)[],
  report: IssueSink,
): void {
  const start = `${name}: band ${i + 1} starts at ${tier.from}`;
  if (compareAmounts(tier.from, previous.from) <= 0) {
    report(
      [...here, "from"],
      `${start}, not above band ${i}'s start ${previous.from} — bands must be in ascending order`,
    );
  } else if (previous.to === null) {
    // Already reported on band i as "open-ended but a band follows".
  } else if (compareAmounts(tier.from, previous.to) > 0) {
    report(
      [...here, "from"],
      `${start} but band ${i} ends at ${previous.to} — gap from ${previous.to} to ${tier.from}`,
    );
  } else if (compareAmounts(tier.from, previous.to) < 0) {
    report(
      [...here, "from"],
      `${start} but band ${i} ends at ${previous.to} — overlap from ${tier.from} to ${previous.to}`,
    );
  }
}

function checkRateAtTo(
  table: TierTable,
  band: string,
  tier: TierTable["tiers"][number],
  here: (string | number)[],
  report: IssueSink,
): void {
  if (table.method !== "interpolated") {
    if (tier.rateAtTo !== undefined) {
      report(
        [...here, "rateAtTo"],
        `${band} has rateAtTo, which only interpolated tables use (this one is ${table.method})`,
      );
    }
  } else if (tier.to !== null && tier.rateAtTo === undefined) {
    report(
      here,
      `${band} needs rateAtTo: an interpolated table goes from rate at "from" to rateAtTo at "to"`,
    );
  } else if (tier.to === null && tier.rateAtTo !== undefined) {
    report(
      [...here, "rateAtTo"],
      `${band} is open-ended, so there is no "to" for rateAtTo — it pays its rate flat; remove rateAtTo`,
    );
  } else if (tier.rateAtTo !== undefined && compareAmounts(tier.rateAtTo, "0") < 0) {
    report([...here, "rateAtTo"], `${band} has a negative rateAtTo ${tier.rateAtTo}`);
  }
}
