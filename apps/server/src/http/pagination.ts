import { z } from "@hono/zod-openapi";
import { ApiError } from "./problem";

/** Opaque cursors: the sort key of the last row returned, base64url-encoded JSON. */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key)).toString("base64url");
}

export function decodeCursor(cursor: string | undefined, length: number): (string | number)[] | null {
  if (!cursor) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (
      Array.isArray(value) &&
      value.length === length &&
      value.every((v) => typeof v === "string" || typeof v === "number")
    ) {
      return value;
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
