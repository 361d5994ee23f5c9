import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const bin = fileURLToPath(new URL("../../bin/attain.js", import.meta.url));
const examples = fileURLToPath(new URL("../../../../docs/plans/examples/", import.meta.url));

// The database-free commands as a user runs them; each start costs a tsx boot, so few runs, many assertions.
let dir: string;
const attain = (...args: string[]) =>
  run(process.execPath, [bin, ...args], { cwd: dir, timeout: 60_000 }).then(
    ({ stdout }) => ({ code: 0, stdout }),
    (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
  );

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "attain-plans-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

// The AE example with one line replaced: each bad file breaks exactly one rule.
async function variant(name: string, from: string, to: string): Promise<string> {
  const text = await readFile(join(examples, "ae-plan.yaml"), "utf8");
  if (!text.includes(from)) throw new Error(`ae-plan.yaml has no ${from}`);
  await writeFile(join(dir, name), text.replace(from, to));
  return name;
}

describe("attain plans validate / attain calc", () => {
  it("validates a good file and reports each bad one by file:line:column, exit code 2", async () => {
    await writeFile(join(dir, "good.yaml"), await readFile(join(examples, "ae-plan.yaml"), "utf8"));
    const files = [
      "good.yaml",
      await variant(
        "overlap.yaml",
        "{ from: 1.00, to: 1.50, rate: 8% }",
        "{ from: 0.90, to: 1.50, rate: 8% }",
      ),
      await variant("gap.yaml", "{ from: 1.00, to: 1.50, rate: 8% }", "{ from: 1.10, to: 1.50, rate: 8% }"),
      await variant(
        "negative.yaml",
        "{ match: { product: platform }, rate: 0.02 }",
        "{ match: { product: platform }, rate: -0.02 }",
      ),
      await variant(
        "measure.yaml",
        "  - kind: commission\n    name: Product kicker\n    measure: bookings",
        "  - kind: commission\n    name: Product kicker\n    measure: bookngs",
      ),
      await variant("typo.yaml", "    trueUp: false\n    multiplier:", "    truUp: false\n    multiplier:"),
      await variant(
        "name.yaml",
        "components:\n",
        "variables:\n  - { name: gap, formula: quta - bookings }\ncomponents:\n",
      ),
      await variant(
        "zero.yaml",
        "components:\n",
        "variables:\n  - { name: share, formula: bookings / (2 - 2) }\ncomponents:\n",
      ),
      await variant(
        "cycle.yaml",
        "components:\n",
        "variables:\n  - { name: a, formula: b + 1 }\n  - { name: b, formula: a * 2 }\ncomponents:\n",
      ),
    ];
    const { code, stdout } = await attain("plans", "validate", ...files);
    expect(code).toBe(2);
    expect(stdout.trimEnd().split("\n")).toEqual([
      "good.yaml: valid (AE 2025, version 1, 2 components)",
      "overlap.yaml:20:17 tierTables[0].tiers[1].from: tier table 'AE tiers': band 2 starts at 0.90 but band 1 ends at 1.00 — overlap from 0.90 to 1.00",
      "gap.yaml:20:17 tierTables[0].tiers[1].from: tier table 'AE tiers': band 2 starts at 1.10 but band 1 ends at 1.00 — gap from 1.00 to 1.10",
      "negative.yaml:33:47 rateTables[0].rows[0].rate: rate table 'Product kicker': row 1 has a negative rate -0.02",
      'measure.yaml:51:14 components[1].measure: unknown measure "bookngs" (did you mean "bookings"?) — measures: bookings, arr, margin, units, paid_amount',
      'typo.yaml:44:5 components[0].truUp: unknown key "truUp" (did you mean "trueUp"?)',
      "name.yaml:38:27 variables[0].formula: Unknown name: quta (at character 1)",
      "zero.yaml:38:29 variables[0].formula: Division by zero (at character 13)",
      "cycle.yaml:38:25 variables[0].formula: Circular reference: a → b → a (at character 1)",
    ]);
  });

  it("calculates the AE example for 2025-Q1 from files: ana 8,990.00 and ben 2,100.00, zoe's deal unassigned", async () => {
    const { code, stdout } = await attain(
      "calc",
      "--plan",
      join(examples, "ae-plan.yaml"),
      "--transactions",
      join(examples, "transactions.csv"),
      "--people",
      join(examples, "people.csv"),
      "--quotas",
      join(examples, "quotas.csv"),
      "--rates",
      join(examples, "rates.csv"),
      "--period",
      "2025-Q1",
      "--json",
    );
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(
      report.payees.map((p: { payeeId: string; totals: { payable: string } }) => [
        p.payeeId,
        p.totals.payable,
      ]),
    ).toEqual([
      ["ana", "8990.00"],
      ["ben", "2100.00"],
    ]);
    expect(report.payees[0].lines[0].trace.length).toBeGreaterThan(0);
    expect(report.unassigned.map((u: { transactionId: string }) => u.transactionId)).toEqual([
      "M-001",
      "M-002",
      "M-003",
      "T-005",
    ]);
    expect(report.errors).toEqual([]);
  });

  it("exits 2 with the bad CSV row and column", async () => {
    await writeFile(join(dir, "tx.csv"), "id,date,owner,amount,currency\nT1,2025-01-10,ana,10x,EUR\n");
    const { code, stdout } = await attain(
      "calc",
      "--plan",
      "good.yaml",
      "--transactions",
      "tx.csv",
      "--period",
      "2025-Q1",
      "--json",
    );
    expect(code).toBe(2);
    expect(JSON.parse(stdout)).toEqual({
      planIssues: [],
      errors: [
        {
          file: "tx.csv",
          row: 2,
          column: "amount",
          message: 'amount must be a decimal number like 1250.00, got "10x"',
        },
      ],
    });
  });
});
