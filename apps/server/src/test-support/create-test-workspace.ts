import { randomUUID } from "node:crypto";
import { type AttainDatabase, type JobRole, people, type Role, users, workspaces } from "@attain/db";
import { hashPassword } from "../auth/password";
import { FIXTURE_PASSWORD } from "./revenue-fixture";

/**
 * A fresh workspace (calendar fiscal year, EUR) for a test fixture, with helpers that add people and sign-ins. Slugs,
 * external ids and emails carry a random tag, so fixtures can share one PostgreSQL database across test files.
 */
export async function createTestWorkspace(database: AttainDatabase, options: { slug: string; name: string }) {
  const { db } = database;
  const tag = randomUUID().slice(0, 8);
  const [workspace] = await db
    .insert(workspaces)
    .values({
      slug: `${options.slug}-${tag}`,
      name: options.name,
      reportingCurrency: "EUR",
      fiscalYearStartMonth: 1,
    })
    .returning({ id: workspaces.id });
  const workspaceId = workspace!.id;
  let passwordHash: Promise<string> | undefined;
  return {
    workspaceId,
    tag,
    /** A person hired 2024-01-01, paid in EUR; returns their id. */
    async person(key: string, fullName: string, jobRole: JobRole): Promise<string> {
      const [row] = await db
        .insert(people)
        .values({
          workspaceId,
          externalId: `${key}-${tag}`,
          fullName,
          jobRole,
          hireDate: "2024-01-01",
          currency: "EUR",
        })
        .returning({ id: people.id });
      return row!.id;
    },
    /** A sign-in with FIXTURE_PASSWORD; returns its email. */
    async user(name: string, role: Role, personId: string | null): Promise<string> {
      passwordHash ??= hashPassword(FIXTURE_PASSWORD);
      const email = `${name}-${tag}@${options.slug}.test`;
      await db
        .insert(users)
        .values({ workspaceId, email, displayName: name, role, personId, passwordHash: await passwordHash });
      return email;
    },
  };
}
