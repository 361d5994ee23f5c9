import type { ForecastCategory, OpportunityPatch, PipelineOpportunity } from "../../api/pipeline-types";

/** The edit form as it holds values: text inputs hold text. */
export type DealForm = {
  stage: string;
  amount: string;
  closeDate: string;
  forecastCategory: ForecastCategory;
  nextStep: string;
  nextStepDue: string;
  contactCount: string;
  qualification: Record<string, boolean>;
};

export type DealFormField = keyof DealForm;

export function dealToForm(deal: PipelineOpportunity, itemKeys: readonly string[]): DealForm {
  const qualification: Record<string, boolean> = {};
  for (const key of itemKeys) qualification[key] = deal.qualification[key] === true;
  return {
    stage: deal.stage,
    amount: deal.amount ?? "",
    closeDate: deal.closeDate ?? "",
    forecastCategory: deal.forecastCategory,
    nextStep: deal.nextStep ?? "",
    nextStepDue: deal.nextStepDue ?? "",
    contactCount: deal.contactCount === null ? "" : String(deal.contactCount),
    qualification,
  };
}

const decimal = /^-?\d+(\.\d+)?$/;
const wholeNumber = /^\d+$/;

export type DealPatchResult =
  | { ok: true; patch: OpportunityPatch }
  | { ok: false; errors: Partial<Record<DealFormField, "decimal" | "wholeNumber" | "required">> };

/**
 * Only what changed goes in the PATCH (so a save never rewrites a field someone else just changed). Text that cannot
 * be a number is refused here with a field error; rules about the deal (criteria, negative amounts) are the server's.
 * A cleared field cannot be sent: the API has no "unset", so clearing an amount or a date is refused.
 */
export function formToPatch(before: DealForm, after: DealForm): DealPatchResult {
  const errors: Partial<Record<DealFormField, "decimal" | "wholeNumber" | "required">> = {};
  const patch: OpportunityPatch = {};
  const amount = after.amount.trim().replace(",", ".");
  if (amount !== before.amount) {
    if (amount === "") errors.amount = "required";
    else if (!decimal.test(amount)) errors.amount = "decimal";
    else patch.amount = amount;
  }
  if (after.stage !== before.stage) patch.stage = after.stage;
  if (after.closeDate !== before.closeDate) {
    if (after.closeDate === "") errors.closeDate = "required";
    else patch.closeDate = after.closeDate;
  }
  if (after.forecastCategory !== before.forecastCategory) patch.forecastCategory = after.forecastCategory;
  const nextStep = after.nextStep.trim();
  if (nextStep !== before.nextStep) patch.nextStep = nextStep;
  if (after.nextStepDue !== before.nextStepDue) {
    if (after.nextStepDue === "") errors.nextStepDue = "required";
    else patch.nextStepDue = after.nextStepDue;
  }
  const contacts = after.contactCount.trim();
  if (contacts !== before.contactCount) {
    if (!wholeNumber.test(contacts)) errors.contactCount = "wholeNumber";
    else patch.contactCount = Number(contacts);
  }
  const changedItems = Object.keys(after.qualification).some(
    (key) => after.qualification[key] !== before.qualification[key],
  );
  if (changedItems) patch.qualification = { ...after.qualification };
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, patch };
}

/** Which form field shows a server error at `path` ("qualification.budget" shows under the checklist). */
export function fieldOfPath(path: string): DealFormField | null {
  const head = path.split(".")[0] ?? "";
  const fields: readonly DealFormField[] = [
    "stage",
    "amount",
    "closeDate",
    "forecastCategory",
    "nextStep",
    "nextStepDue",
    "contactCount",
    "qualification",
  ];
  return fields.find((f) => f === head) ?? null;
}
