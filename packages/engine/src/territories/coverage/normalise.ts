// How rule values and account fields are compared: country codes and industries case-insensitively, postal codes
// case-insensitively with every space removed ("sw1a 1aa" starts with "SW1A"); region ids and tiers exactly.

/** "fr" → "FR"; null stays null. */
export function normaliseCountry(code: string | null): string | null {
  return code === null ? null : code.trim().toUpperCase();
}

/** "sw1a 1aa" → "SW1A1AA"; null stays null. */
export function normalisePostal(code: string | null): string | null {
  return code === null ? null : code.replace(/\s+/g, "").toUpperCase();
}

/** "Software " → "software"; null stays null. */
export function normaliseIndustry(industry: string | null): string | null {
  return industry === null ? null : industry.trim().toLowerCase();
}
