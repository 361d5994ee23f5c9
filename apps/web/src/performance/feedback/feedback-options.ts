import type { FeedbackKind } from "../../api/performance-types";

export const feedbackKinds: FeedbackKind[] = [
  "lead_feedback",
  "process_feedback",
  "customer_feedback",
  "complaint",
];
/** Categories the schema names (docs: lead_quality, routing, tooling, pricing, …); free text is accepted by the API. */
export const feedbackCategories = [
  "lead_quality",
  "routing",
  "tooling",
  "pricing",
  "product",
  "support",
  "billing",
  "delivery",
  "other",
];
export const feedbackChannels = ["app", "email", "phone", "survey", "support_ticket"];
export const complaintSeverities = ["low", "medium", "high", "critical"];
