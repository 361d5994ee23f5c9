import { createHash } from "node:crypto";

/**
 * SHA-256 of a value's JSON. The calculation builds its inputs in a fixed order (credits by date and id, keys in
 * construction order), so equal data gives equal text and a changed amount, credit, quota or plan changes the hash.
 */
export function fingerprintOf(value: unknown): string {
  return createHash("sha256").update(JSON.stringify(value)).digest("hex");
}
