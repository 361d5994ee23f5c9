import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const bin = fileURLToPath(new URL("../../bin/attain.js", import.meta.url));

// The CLI as a user runs it: a separate process, its own data folder (or the DATABASE_URL server), JSON for scripts.
let dataDir: string;
const slug = `cli-${Date.now().toString(36)}`;
const attain = (...args: string[]) =>
  run(process.execPath, [bin, ...args], {
    env: { ...process.env, ATTAIN_DATA_DIR: dataDir },
    timeout: 120_000,
  });

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "attain-cli-"));
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

describe("attain CLI", () => {
  it("creates a small demo, imports a file into it, and says the same again on re-import", async () => {
    const demo = JSON.parse(
      (await attain("demo", "--scale", "0.02", "--slug", slug, "--today", "2026-11-22", "--json")).stdout,
    );
    expect(demo).toMatchObject({ workspace: slug, workspaces: 1, products: 9 });

    const file = join(dataDir, "accounts.csv");
    await writeFile(file, "Account ID;Company;Employees\nCLI-1;Omega Ltd;12\nCLI-2;Sigma GmbH;3400\n");
    const first = JSON.parse(
      (await attain("import", "accounts", file, "--workspace", slug, "--json")).stdout,
    );
    expect(first).toMatchObject({ status: "committed", inserted: 2, updated: 0, unchanged: 0 });
    const again = JSON.parse(
      (await attain("import", "accounts", file, "--workspace", slug, "--json")).stdout,
    );
    expect(again).toMatchObject({ status: "committed", inserted: 0, updated: 0, unchanged: 2 });
  });

  it("exits non-zero with the errors when a file is rejected", async () => {
    const file = join(dataDir, "bad.csv");
    await writeFile(file, "Account ID,Company,Employees\nCLI-9,Tau,many\n");
    const failure = await attain("import", "accounts", file, "--workspace", slug, "--json").catch(
      (error: { code: number; stdout: string }) => error,
    );
    expect("code" in failure && failure.code).toBe(2);
    const report = JSON.parse(failure.stdout);
    expect(report.status).toBe("rejected");
    expect(report.errors[0]).toMatchObject({ row: 2, column: "Employees" });
  });

  it("creates a user with a generated password, and refuses an unknown role", async () => {
    const created = JSON.parse(
      (
        await attain(
          "users",
          "create",
          "--email",
          `ops@${slug}.test`,
          "--role",
          "viewer",
          "--workspace",
          slug,
          "--json",
        )
      ).stdout,
    );
    expect(created).toMatchObject({ email: `ops@${slug}.test`, role: "viewer" });
    expect(created.password).toMatch(/^[A-Za-z0-9_-]{16}$/);
    const refused = await attain(
      "users",
      "create",
      "--email",
      "x@y.test",
      "--role",
      "boss",
      "--workspace",
      slug,
    ).catch((error: { code: number; stderr: string }) => error);
    expect("code" in refused && refused.code).toBe(1);
    expect(refused.stderr).toContain(
      "--role must be one of admin, comp_admin, hr, manager, rep, marketing, viewer",
    );
  });
});
