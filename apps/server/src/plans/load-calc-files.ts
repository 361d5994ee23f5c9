import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import type { PlanDefinition } from "@attain/engine";
import type { CsvError } from "./csv-error";
import { type PeopleFile, parsePeopleCsv } from "./parse-people-csv";
import { parseQuotasCsv } from "./parse-quotas-csv";
import { parseRatesCsv } from "./parse-rates-csv";
import { type MboScores, parseScoresCsv } from "./parse-scores-csv";
import { parseTransactionsCsv } from "./parse-transactions-csv";
import { type LocatedPlanIssue, readPlanFile } from "./read-plan-file";
import type { PlanCalculationInput } from "./run-plan-calculation";
import { STANDARD_MEASURES } from "./standard-measures";

export type CalcFiles = {
  plan: string;
  transactions: string;
  people?: string;
  quotas?: string;
  rates?: string;
  scores?: string;
};

/**
 * Reads `attain calc`'s files: the plan (validated, with the transactions file's extra measure columns allowed)
 * and the CSVs. Every problem is returned at once — plan issues by line and column, CSV errors by row and column.
 */
export async function loadCalcFiles(
  files: CalcFiles,
): Promise<
  | { ok: true; input: Omit<PlanCalculationInput, "periodKey" | "calendar"> }
  | { ok: false; planIssues: LocatedPlanIssue[]; errors: CsvError[] }
> {
  const transactionsFile = basename(files.transactions);
  const tx = parseTransactionsCsv(await readFile(files.transactions, "utf8"), transactionsFile);
  const measures = [...STANDARD_MEASURES, ...tx.measureColumns];
  const planResult = readPlanFile(await readFile(files.plan, "utf8"), basename(files.plan), { measures });
  const errors: CsvError[] = [...tx.errors];
  const optional = async <T>(
    path: string | undefined,
    parse: (text: string, file: string) => T,
  ): Promise<T | null> => (path === undefined ? null : parse(await readFile(path, "utf8"), basename(path)));
  const people = await optional(files.people, parsePeopleCsv);
  const rates = await optional(files.rates, parseRatesCsv);
  const scores = await optional(files.scores, parseScoresCsv);
  const plan: PlanDefinition | null = planResult.ok ? planResult.plan : null;
  const quotas = plan
    ? await optional(files.quotas, (text, file) => parseQuotasCsv(text, file, plan.period))
    : null;
  for (const parsed of [people, rates, scores, quotas]) errors.push(...(parsed?.errors ?? []));
  if (!planResult.ok || plan === null || errors.length > 0) {
    return { ok: false, planIssues: planResult.ok ? [] : planResult.issues, errors };
  }
  const peopleFile: PeopleFile | null = people?.file ?? null;
  const mboScores: MboScores = scores?.scores ?? new Map();
  return {
    ok: true,
    input: {
      plan,
      transactions: tx.transactions,
      transactionsFile,
      transactionRows: tx.rowOf,
      people: peopleFile,
      quotas: quotas?.quotas ?? new Map(),
      rates: rates?.rates ?? [],
      scores: mboScores,
    },
  };
}
