import type { SegmentField } from "../../api/segmentation-types";

/** The fields a rule can test, as the builder offers them; "attribute" stands for any imported column. */
export type FieldChoice = Exclude<SegmentField, `attribute:${string}`> | "attribute";

/** Text fields: compared with in / not in / starts with. */
export const textFields = ["industry", "countryCode", "regionId", "postalCode"] as const;
/** Numeric fields: compared by range; the only ones a clustering can use. */
export const numericFields = [
  "potential",
  "monetary",
  "frequency",
  "recencyDays",
  "winRate",
  "employees",
  "annualRevenue",
] as const;
export type NumericField = (typeof numericFields)[number];

export const fieldChoices: readonly FieldChoice[] = [...textFields, ...numericFields, "attribute"];

export function isNumericField(field: string): field is NumericField {
  return numericFields.some((f) => f === field);
}

export function isFieldChoice(value: string | null): value is FieldChoice {
  return fieldChoices.some((f) => f === value);
}

/** The engine's field name: "industry", or "attribute:<name>" for an imported column. */
export function toSegmentField(choice: FieldChoice, attribute: string): SegmentField {
  return choice === "attribute" ? `attribute:${attribute.trim()}` : choice;
}

/** Back from the engine's name to the builder's choice and attribute name. */
export function fromSegmentField(field: SegmentField): { choice: FieldChoice; attribute: string } {
  return field.startsWith("attribute:")
    ? { choice: "attribute", attribute: field.slice("attribute:".length) }
    : { choice: field as FieldChoice, attribute: "" };
}
