import type { PipelineConfig, PipelineStage } from "./types";

const stage = (
  name: string,
  position: number,
  outcome: PipelineStage["outcome"],
  probability: string,
): PipelineStage => ({
  name,
  position,
  outcome,
  probability,
  forecastCategory: outcome === "won" ? "closed" : outcome === "lost" ? "omitted" : "pipeline",
  entryCriteria: { requiredFields: [], checklist: [] },
  exitCriteria: { requiredFields: [], checklist: [] },
  maxDaysInStage: null,
});

/** Discovery 10 % → Proposal 50 % (needs amount and an economic buyer) → Negotiation 80 % (20 days at most). */
export function testConfig(): PipelineConfig {
  const stages = [
    stage("Discovery", 0, "open", "0.1"),
    {
      ...stage("Proposal", 1, "open", "0.5"),
      entryCriteria: { requiredFields: ["amount"], checklist: ["economic_buyer"] },
    },
    {
      ...stage("Negotiation", 2, "open", "0.8"),
      maxDaysInStage: 20,
      exitCriteria: { requiredFields: ["close_date"], checklist: [] },
    },
    stage("Won", 3, "won", "1"),
    stage("Lost", 4, "lost", "0"),
  ] satisfies PipelineStage[];
  return {
    stages,
    qualification: {
      framework: "custom",
      items: [
        { key: "economic_buyer", label: "Economic buyer" },
        { key: "champion", label: "Champion" },
      ],
    },
    stalledAfterDays: 30,
    pushedAfter: 2,
    amountCutShare: "0.2",
  };
}
