import type { SegmentField } from "../types";

/** Fields whose values are words (codes, names): only in / notIn / startsWith / isNull / notNull apply. */
export const textFields: readonly SegmentField[] = ["industry", "countryCode", "regionId", "postalCode"];

/** Fields whose values are numbers: `between` applies, and clustering and tiers can use them. */
export const numericFields: readonly SegmentField[] = [
  "employees",
  "annualRevenue",
  "potential",
  "recencyDays",
  "frequency",
  "monetary",
  "winRate",
];

/** A known field, or `attribute:<name>` with a non-empty name. */
export function isSegmentField(text: string): text is SegmentField {
  if (text.startsWith("attribute:")) return text.length > "attribute:".length;
  return (
    (textFields as readonly string[]).includes(text) || (numericFields as readonly string[]).includes(text)
  );
}

export function isTextField(field: SegmentField): boolean {
  return textFields.includes(field);
}
