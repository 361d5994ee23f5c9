/** Exact sum of decimal strings with at most two fraction digits (amounts in the reporting currency), via BigInt cents. */
export function sumAmounts(amounts: readonly string[]): string {
  let cents = 0n;
  for (const amount of amounts) {
    const match = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(amount);
    if (!match) throw new Error(`Not a 2-decimal amount: ${amount}`);
    const value = BigInt(match[2] ?? "0") * 100n + BigInt((match[3] ?? "").padEnd(2, "0"));
    cents += match[1] ? -value : value;
  }
  const negative = cents < 0n;
  const absolute = negative ? -cents : cents;
  return `${negative ? "-" : ""}${absolute / 100n}.${String(absolute % 100n).padStart(2, "0")}`;
}

/** French Intl output uses narrow and regular no-break spaces; compare with plain ones. */
export function plainSpaces(text: string): string {
  return text.replace(/[\u202f\u00a0]/g, " ").trim();
}
