/**
 * Text the standard PDF fonts can show (they cover Windows-1252 only): French number spacing becomes a no-break
 * space, arrows and comparison signs become ASCII, anything else outside the set a "?".
 */
export function pdfText(text: string): string {
  return text
    .replace(/[\u202f\u2009\u2007]/g, "\u00a0")
    .replaceAll("→", "->")
    .replaceAll("≥", ">=")
    .replaceAll("≤", "<=")
    .replaceAll("−", "-")
    .replace(/[^\x20-\x7e\u00a0-\u00ff€×–—‘’“”…ŒœŸ•]/g, "?");
}
