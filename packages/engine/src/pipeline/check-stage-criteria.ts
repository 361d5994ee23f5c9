import type {
  CriteriaFacts,
  CriteriaField,
  MissingCriterion,
  QualificationChecklist,
  StageCriteriaRule,
} from "./types";

export const criteriaFieldLabels: Record<CriteriaField, string> = {
  amount: "Amount",
  close_date: "Close date",
  account: "Account",
  product: "Product",
  next_step: "Next step",
  source: "Source",
  contact_count: "Contact count",
};

const filled = (text: string | null) => text !== null && text.trim() !== "";

function isFieldFilled(facts: CriteriaFacts, field: CriteriaField): boolean {
  switch (field) {
    case "amount":
      return filled(facts.amount);
    case "close_date":
      return filled(facts.closeDate);
    case "account":
      return filled(facts.accountId);
    case "product":
      return filled(facts.productId);
    case "next_step":
      return filled(facts.nextStep);
    case "source":
      return filled(facts.source);
    case "contact_count":
      // Zero contacts is not a filled-in buying committee.
      return facts.contactCount !== null && facts.contactCount > 0;
  }
}

/**
 * What a deal lacks to satisfy a stage's criteria: required fields left empty, then unticked checklist items, in the
 * order the rule lists them. `met` is true when nothing is missing.
 */
export function checkStageCriteria(
  facts: CriteriaFacts,
  rule: StageCriteriaRule,
  qualification: QualificationChecklist,
): { met: boolean; missing: MissingCriterion[] } {
  const missing: MissingCriterion[] = [];
  for (const field of rule.requiredFields) {
    if (!isFieldFilled(facts, field))
      missing.push({ kind: "field", key: field, label: criteriaFieldLabels[field] });
  }
  for (const key of rule.checklist) {
    if (facts.qualification[key] !== true) {
      const label = qualification.items.find((item) => item.key === key)?.label ?? key;
      missing.push({ kind: "checklist", key, label });
    }
  }
  return { met: missing.length === 0, missing };
}
