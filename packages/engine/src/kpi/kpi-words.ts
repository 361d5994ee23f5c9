/** Small wording rules shared by the KPI and goal reasons, so every sentence reads the same way. */

/** "a", "a and b", "a, b and c". */
export function joinWords(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join("");
  return `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "Complaint rate" → "complaint rate" inside a sentence; names that start with an acronym ("ARPU", "MQL-to-SQL") stay. */
export function kpiNameInText(name: string): string {
  const second = name.charAt(1);
  const startsWithAcronym = second !== second.toLowerCase();
  return startsWithAcronym ? name : name.charAt(0).toLowerCase() + name.slice(1);
}
