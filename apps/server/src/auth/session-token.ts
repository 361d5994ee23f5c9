import { createHash, randomBytes } from "node:crypto";

export const SESSION_COOKIE = "attain_session";
export const SESSION_DAYS = 14;

/** A fresh random token for the cookie, and the id stored in the database (its SHA-256). */
export function newSessionToken(): { token: string; id: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, id: sessionIdOf(token) };
}

export function sessionIdOf(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
