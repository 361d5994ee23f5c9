import type { RiskFlag, RiskFlagKind } from "../../api/pipeline-types";

/**
 * Most serious first: data that makes the deal's figures wrong, then deals that are slipping, then habits to fix.
 * Badges follow this order so the first one a manager reads is the one that matters most.
 */
const severity: readonly RiskFlagKind[] = [
  "negative_amount",
  "unknown_stage",
  "no_rate",
  "past_close_date",
  "stalled",
  "pushed",
  "amount_cut",
  "missing_criteria",
  "no_next_step",
  "single_contact",
];

export type FlagTone = "red" | "orange" | "yellow" | "gray";

const tones: Record<RiskFlagKind, FlagTone> = {
  negative_amount: "red",
  unknown_stage: "red",
  no_rate: "red",
  past_close_date: "orange",
  stalled: "orange",
  pushed: "orange",
  amount_cut: "orange",
  missing_criteria: "yellow",
  no_next_step: "yellow",
  single_contact: "gray",
};

export function flagTone(kind: RiskFlagKind): FlagTone {
  return tones[kind];
}

/** The flags in order of seriousness (stable for equal kinds). */
export function sortFlags(flags: readonly RiskFlag[]): RiskFlag[] {
  return [...flags].sort((a, b) => severity.indexOf(a.kind) - severity.indexOf(b.kind));
}

/** What a badge says to a screen reader and in its tooltip: the short name, then the server's explanation. */
export function flagDescription(label: string, flag: RiskFlag): string {
  return flag.message.trim() === "" ? label : `${label}: ${flag.message}`;
}
