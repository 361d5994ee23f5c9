import type { PipelineConfig } from "@attain/engine";
import type { TimelineEvent } from "./schemas";

export type HistoryRow = {
  at: string;
  stage: string;
  amount: string | null;
  closeDate: string | null;
  forecastCategory: string | null;
};
export type ActivityRow = {
  at: string;
  kind: "call" | "email" | "meeting";
  personName: string | null;
  outcome: string | null;
};

const categoryLabel = (c: string | null) => (c ?? "none").replace("_", " ");

/**
 * A deal's story, oldest first: its creation (the first history row, or `created_on` without history), then one event
 * per changed value of each later history row (stage, amount, close date, category, each with the value before), a
 * `closed` event when it moved into a won or lost stage, and its calls, emails and meetings.
 */
export function buildTimeline(
  deal: { createdOn: string | null; stage: string },
  history: readonly HistoryRow[],
  activities: readonly ActivityRow[],
  config: PipelineConfig,
): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  const base = {
    stage: null,
    amount: null,
    closeDate: null,
    forecastCategory: null,
    previous: null,
    activity: null,
  };
  const first = history[0];
  if (first) {
    events.push({
      ...base,
      at: first.at,
      kind: "created",
      stage: first.stage,
      amount: first.amount,
      closeDate: first.closeDate,
      forecastCategory: first.forecastCategory,
      message: `Created in ${first.stage}${first.amount ? ` at ${first.amount}` : ""}`,
    });
  } else if (deal.createdOn) {
    events.push({
      ...base,
      at: `${deal.createdOn}T00:00:00.000Z`,
      kind: "created",
      stage: deal.stage,
      message: "Created",
    });
  }
  history.slice(1).forEach((row, i) => {
    const before = history[i] as HistoryRow;
    const values = {
      stage: row.stage,
      amount: row.amount,
      closeDate: row.closeDate,
      forecastCategory: row.forecastCategory,
    };
    if (row.stage !== before.stage) {
      const outcome = config.stages.find((s) => s.name === row.stage)?.outcome;
      const closed = outcome === "won" || outcome === "lost";
      events.push({
        ...base,
        ...values,
        at: row.at,
        kind: closed ? "closed" : "stage",
        previous: before.stage,
        message: closed
          ? `${outcome === "won" ? "Won" : "Lost"}: moved from ${before.stage} to ${row.stage}`
          : `Stage ${before.stage} → ${row.stage}`,
      });
    }
    if (
      row.amount !== before.amount &&
      !(row.amount !== null && before.amount !== null && Number(row.amount) === Number(before.amount))
    )
      events.push({
        ...base,
        ...values,
        at: row.at,
        kind: "amount",
        previous: before.amount,
        message: `Amount ${before.amount ?? "none"} → ${row.amount ?? "none"}`,
      });
    if (row.closeDate !== before.closeDate)
      events.push({
        ...base,
        ...values,
        at: row.at,
        kind: "close_date",
        previous: before.closeDate,
        message: `Close date ${before.closeDate ?? "none"} → ${row.closeDate ?? "none"}${before.closeDate && row.closeDate && row.closeDate > before.closeDate ? " (pushed)" : ""}`,
      });
    if (row.forecastCategory !== before.forecastCategory)
      events.push({
        ...base,
        ...values,
        at: row.at,
        kind: "category",
        previous: before.forecastCategory,
        message: `Forecast category ${categoryLabel(before.forecastCategory)} → ${categoryLabel(row.forecastCategory)}`,
      });
  });
  for (const a of activities) {
    const what = a.kind === "call" ? "Call" : a.kind === "email" ? "Email" : "Meeting";
    events.push({
      ...base,
      at: a.at,
      kind: "activity",
      activity: { kind: a.kind, personName: a.personName, outcome: a.outcome },
      message: `${what}${a.personName ? ` by ${a.personName}` : ""}${a.outcome ? `: ${a.outcome}` : ""}`,
    });
  }
  // Stable: events of one history row keep their order; activities at the same instant come after.
  return events
    .map((e, i) => ({ e, i }))
    .sort((x, y) => x.e.at.localeCompare(y.e.at) || x.i - y.i)
    .map(({ e }) => e);
}
