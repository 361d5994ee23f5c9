import type { PipelineConfig, QualificationChecklist } from "./types";

/** MEDDICC, the checklist a workspace starts with. */
export const meddiccChecklist: QualificationChecklist = {
  framework: "MEDDICC",
  items: [
    { key: "metrics", label: "Metrics" },
    { key: "economic_buyer", label: "Economic buyer" },
    { key: "decision_criteria", label: "Decision criteria" },
    { key: "decision_process", label: "Decision process" },
    { key: "identify_pain", label: "Identified pain" },
    { key: "champion", label: "Champion" },
    { key: "competition", label: "Competition" },
  ],
};

/** The thresholds a workspace starts with (the defaults of table pipeline_settings). */
export const defaultRiskThresholds: Pick<
  PipelineConfig,
  "stalledAfterDays" | "pushedAfter" | "amountCutShare"
> = { stalledAfterDays: 30, pushedAfter: 2, amountCutShare: "0.2" };
