import { z } from "@hono/zod-openapi";
import { ApiError } from "./problem";

/** Opaque cursors: the sort key of the last row returned, base64url-encoded JSON. */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString("base64url");
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isRealDate = (v: string) =>
  /^(?!0000)\d{4}-\d{2}-\d{2}$/.test(v) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v);
const isValidPart = (part: CursorPart, v: string) => {
  if (part === "uuid") return uuidPattern.test(v);
  try {
    return isRealDate(v);
  } catch {
    return false; // toISOString throws on an impossible date
  }
};

/** The kinds of sort key a cursor may hold; each part is checked so a forged cursor is a 400, never a database error. */
export type CursorPart = "uuid" | "date";

export function decodeCursor(cursor: string | undefined, parts: readonly CursorPart[]): string[] | null {
  if (!cursor) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (
      Array.isArray(value) &&
      value.length === parts.length &&
      value.every((v, i) => typeof v === "string" && isValidPart(parts[i] ?? "uuid", v))
    ) {
      return value as string[];
    }
  } catch {
    // fall through to the error below
  }
  throw new ApiError(400, "Invalid request", "The cursor is not one this API returned.", [
    { path: "cursor", message: "Unknown cursor" },
  ]);
}

export const pageQuery = {
  cursor: z.string().optional().openapi({ description: "`nextCursor` from the previous page" }),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(500)
    .default(50)
    .openapi({ description: "Rows per page (1–500)" }),
};
