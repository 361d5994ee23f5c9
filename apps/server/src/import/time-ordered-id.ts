import { randomBytes } from "node:crypto";

/**
 * SQL for a UUIDv7 (RFC 9562) per staged row, without a random draw per row: 48 bits of `nowMs`, then 42 random bits
 * drawn once for the whole run, then the row number as a 32-bit counter. Ids of one run are unique (row numbers
 * are), sort in file order after every earlier run's, and so append to the primary-key index instead of scattering
 * into it; gen_random_uuid() per row is also slow in PGlite (a call out to the host for each).
 */
export function timeOrderedIdSql(rowNumberExpression: string, nowMs: number): string {
  const random = randomBytes(6).toString("hex");
  const variant = ((Number.parseInt(random.charAt(3), 16) & 0x3) | 0x8).toString(16);
  const prefix = `${nowMs.toString(16).padStart(12, "0").slice(-12)}7${random.slice(0, 3)}${variant}${random.slice(4, 11)}`;
  return `('${prefix}' || lpad(to_hex(${rowNumberExpression}), 8, '0'))::uuid`;
}
