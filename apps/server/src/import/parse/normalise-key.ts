/** Folds case, accents, spaces, underscores and punctuation away: "Close_Value" and "close value" give "closevalue". */
export function normaliseKey(value: string): string {
  const folded = value.toLowerCase();
  // Fast path for the common ASCII case; the Unicode fold is only needed when there is something to strip.
  if (/^[a-z0-9]*$/.test(folded)) return folded;
  return folded
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/ß/g, "ss")
    .replace(/[^\p{L}\p{N}]/gu, "");
}

/** "Paid Search" → "paid_search": the label form stored for sources and channels. */
export function snakeLabel(value: string): string {
  return value
    .trim()
    .toLowerCase()
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[^\p{L}\p{N}]+/gu, "_")
    .replace(/^_+|_+$/g, "");
}
