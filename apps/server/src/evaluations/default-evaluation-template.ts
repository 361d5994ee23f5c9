import type { EvaluationCriterion, EvaluationScale } from "@attain/db";

/** The template a workspace starts with: the four qualitative KPIs of the mission, equally weighted, on 1–5. */
export const defaultEvaluationTemplate: {
  name: string;
  cadence: "quarterly";
  criteria: EvaluationCriterion[];
  scale: EvaluationScale;
} = {
  name: "Quarterly rep evaluation",
  cadence: "quarterly",
  criteria: [
    {
      key: "motivation",
      label: "Motivation",
      description: "Energy, initiative and persistence toward targets.",
      weight: "0.25",
    },
    {
      key: "training",
      label: "Training",
      description: "Completion and application of training and coaching.",
      weight: "0.25",
    },
    {
      key: "customer_relationship",
      label: "Customer relationship",
      description: "Trust, responsiveness and follow-up with customers.",
      weight: "0.25",
    },
    {
      key: "product_knowledge",
      label: "Product knowledge",
      description: "Command of the products, their value and the competition.",
      weight: "0.25",
    },
  ],
  scale: {
    min: 1,
    max: 5,
    labels: {
      "1": "Needs improvement",
      "2": "Below expectations",
      "3": "Meets expectations",
      "4": "Exceeds expectations",
      "5": "Outstanding",
    },
  },
};
