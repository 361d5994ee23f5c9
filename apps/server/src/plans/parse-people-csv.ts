import { addDays, type Payee, type ReportingLine } from "@attain/engine";
import type { CsvError } from "./csv-error";
import { csvValues } from "./csv-values";
import { readCsvTable } from "./read-csv-table";

export type PeopleFile = {
  people: (Payee & { plans: string[] | null })[];
  reportingLines: ReportingLine[];
};

// A reporting line needs a start; without a hire date it holds from before any plan year.
const LONG_AGO = "1900-01-01";

/**
 * people.csv (docs/plans.md): id,name,job_role,manager,hire_date,leave_date,target_incentive and, optionally,
 * `plan` — the plan keys a person is on (`ae-2025;spif-q1`); without that column everyone listed is on the plan.
 * `manager` gives the reporting line used for roll-up credit, from the hire date to the leave date (inclusive).
 */
export function parsePeopleCsv(text: string, file: string): { file: PeopleFile; errors: CsvError[] } {
  const table = readCsvTable(text, file, [
    "id",
    "name",
    "job_role",
    "manager",
    "hire_date",
    "leave_date",
    "target_incentive",
  ]);
  const result: PeopleFile = { people: [], reportingLines: [] };
  if (!table.ok) return { file: result, errors: table.errors };
  const errors: CsvError[] = [];
  const seen = new Map<string, number>();
  const hasPlanColumn = table.header.includes("plan");
  for (const record of table.records) {
    const before = errors.length;
    const v = csvValues(file, record, errors);
    const id = v.required("id");
    const hireDate = v.date("hire_date");
    const leaveDate = v.date("leave_date");
    const targetIncentive = v.decimal("target_incentive") ?? "0";
    if (id !== null && seen.has(id)) v.fail("id", `person ${id} is listed twice (also row ${seen.get(id)})`);
    if (hireDate !== null && leaveDate !== null && leaveDate < hireDate) {
      v.fail("leave_date", `leave_date ${leaveDate} is before hire_date ${hireDate}`);
    }
    if (errors.length > before || id === null) continue;
    seen.set(id, record.row);
    const plans = hasPlanColumn
      ? v
          .text("plan")
          .split(";")
          .map((p) => p.trim())
          .filter((p) => p !== "")
      : null;
    result.people.push({
      id,
      name: v.text("name") || id,
      jobRole: v.text("job_role"),
      targetIncentive,
      hireDate,
      leaveDate,
      plans,
    });
    const manager = v.text("manager");
    if (manager !== "") {
      const validTo = leaveDate === null ? null : addDays(leaveDate, 1);
      result.reportingLines.push({
        personId: id,
        managerId: manager,
        validFrom: hireDate ?? LONG_AGO,
        validTo,
      });
    }
  }
  return { file: result, errors };
}
