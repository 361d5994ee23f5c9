import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { Command } from "commander";
import { people, type Role, roles, users } from "@attain/db";
import type { AttainConfig } from "../config";
import { findWorkspaceId, withConfiguredDatabase } from "./open-configured-database";
import { printObject } from "./output";

export function registerUsersCommand(program: Command, config: AttainConfig) {
  const usersCommand = program.command("users").description("Manage who can sign in");
  usersCommand
    .command("create")
    .description(
      "Create a user; the password comes from ATTAIN_PASSWORD, or one is generated and printed once",
    )
    .requiredOption("--email <email>", "sign-in email")
    .requiredOption("--role <role>", `one of ${roles.join(", ")}`)
    .option("--name <name>", "display name (default: the person's name or the email)")
    .option(
      "--person <externalId>",
      "link to the person with this external id (their figures become the user's)",
    )
    .option("-w, --workspace <slug>", "workspace slug", "demo")
    .option("--json", "print JSON for scripts")
    .action(
      async (options: {
        email: string;
        role: string;
        name?: string;
        person?: string;
        workspace: string;
        json?: boolean;
      }) => {
        if (!(roles as readonly string[]).includes(options.role))
          throw new Error(`--role must be one of ${roles.join(", ")}`);
        if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(options.email))
          throw new Error("--email is not an email address");
        const generated = !process.env.ATTAIN_PASSWORD;
        const password = process.env.ATTAIN_PASSWORD ?? randomBytes(12).toString("base64url");
        if (password.length < 8) throw new Error("ATTAIN_PASSWORD must have at least 8 characters");
        const { hashPassword } = await import("../auth/password");
        await withConfiguredDatabase(config, async (database) => {
          const workspaceId = await findWorkspaceId(database, options.workspace);
          let person: { id: string; fullName: string } | undefined;
          if (options.person) {
            [person] = await database.db
              .select({ id: people.id, fullName: people.fullName })
              .from(people)
              .where(and(eq(people.workspaceId, workspaceId), eq(people.externalId, options.person)));
            if (!person)
              throw new Error(
                `No person with external id "${options.person}" in workspace ${options.workspace}`,
              );
          }
          const [existing] = await database.db
            .select({ id: users.id })
            .from(users)
            .where(eq(users.email, options.email.toLowerCase()));
          if (existing) throw new Error(`A user with email ${options.email} exists already`);
          const [user] = await database.db
            .insert(users)
            .values({
              workspaceId,
              email: options.email.toLowerCase(),
              displayName: options.name ?? person?.fullName ?? options.email,
              role: options.role as Role,
              personId: person?.id ?? null,
              passwordHash: await hashPassword(password),
            })
            .returning({ id: users.id });
          printObject(
            {
              id: user?.id,
              email: options.email.toLowerCase(),
              role: options.role,
              person: person?.fullName ?? null,
              ...(generated ? { password } : {}),
            },
            { json: options.json ?? false },
          );
        });
      },
    );
}
