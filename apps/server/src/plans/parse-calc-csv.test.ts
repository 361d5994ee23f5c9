import { describe, expect, it } from "vitest";
import { parsePeopleCsv } from "./parse-people-csv";
import { parseQuotasCsv } from "./parse-quotas-csv";
import { parseRatesCsv } from "./parse-rates-csv";
import { parseTransactionsCsv } from "./parse-transactions-csv";

const HEADER =
  "id,date,owner,amount,currency,product,segment,deal_type,reversal_of,split_person,split_share,margin";

describe("calc CSV files", () => {
  it("reads a transaction: amount is bookings, extra columns are measures, deal_type is dealType, splits by ;", () => {
    const { transactions, errors, measureColumns } = parseTransactionsCsv(
      `${HEADER}\nT1,2025-01-15,ana,1200.50,EUR,platform,smb,new,,ana;ben,0.6;0.4,300.25\n`,
      "tx.csv",
    );
    expect(errors).toEqual([]);
    expect(measureColumns).toEqual(["margin"]);
    expect(transactions).toEqual([
      {
        id: "T1",
        date: "2025-01-15",
        ownerId: "ana",
        accountId: null,
        territoryId: null,
        currency: "EUR",
        measures: { bookings: "1200.50", margin: "300.25" },
        attributes: { product: "platform", segment: "smb", dealType: "new" },
        reversalOf: null,
        splits: [
          { personId: "ana", share: "0.6", role: "split" },
          { personId: "ben", share: "0.4", role: "split" },
        ],
      },
    ]);
  });

  it("reports every bad cell by row (header = row 1) and column", () => {
    const text = `${HEADER}\nT1,2025-02-30,ana,12x,eur,,,,,,,\nT2,2025-01-01,,5,EUR,,,,,ben,0.5;0.5,abc\n`;
    expect(parseTransactionsCsv(text, "tx.csv").errors).toEqual([
      { file: "tx.csv", row: 2, column: "date", message: 'date must be a date YYYY-MM-DD, got "2025-02-30"' },
      {
        file: "tx.csv",
        row: 2,
        column: "amount",
        message: 'amount must be a decimal number like 1250.00, got "12x"',
      },
      {
        file: "tx.csv",
        row: 2,
        column: "currency",
        message: 'currency must be an ISO 4217 code like EUR, got "eur"',
      },
      {
        file: "tx.csv",
        row: 3,
        column: "margin",
        message: 'margin must be a decimal number like 1250.00, got "abc"',
      },
      {
        file: "tx.csv",
        row: 3,
        column: "split_share",
        message: "split_person lists 1 people but split_share 2 shares",
      },
      {
        file: "tx.csv",
        row: 3,
        column: "owner",
        message: "owner is required (or split_person and split_share)",
      },
    ]);
  });

  it("reports a missing column on the header row", () => {
    expect(parseTransactionsCsv("id,date,owner,currency\n", "tx.csv").errors).toEqual([
      { file: "tx.csv", row: 1, column: "amount", message: "missing column amount" },
    ]);
  });

  it("reads people with their plans and reporting lines (leave 2025-06-30 → line ends 2025-07-01, exclusive)", () => {
    const text =
      "id,name,job_role,manager,hire_date,leave_date,target_incentive,plan\nana,Ana,ae,mia,2024-01-01,2025-06-30,40000,ae-2025;spif\nmia,,manager,,,,,\n";
    expect(parsePeopleCsv(text, "people.csv")).toEqual({
      errors: [],
      file: {
        people: [
          {
            id: "ana",
            name: "Ana",
            jobRole: "ae",
            targetIncentive: "40000",
            hireDate: "2024-01-01",
            leaveDate: "2025-06-30",
            plans: ["ae-2025", "spif"],
          },
          {
            id: "mia",
            name: "mia",
            jobRole: "manager",
            targetIncentive: "0",
            hireDate: null,
            leaveDate: null,
            plans: [],
          },
        ],
        reportingLines: [
          { personId: "ana", managerId: "mia", validFrom: "2024-01-01", validTo: "2025-07-01" },
        ],
      },
    });
  });

  it("refuses a quota for a month in a quarterly plan, and a second quota for the same quarter", () => {
    const { quotas, errors } = parseQuotasCsv(
      "person,period,amount\nana,2025-01,10\nana,2025-Q1,100\nana,2025-Q1,200\n",
      "q.csv",
      "quarter",
    );
    expect(errors).toEqual([
      {
        file: "q.csv",
        row: 2,
        column: "period",
        message: 'period must be a quarter like 2025-Q1 (the plan is paid by quarter), got "2025-01"',
      },
      { file: "q.csv", row: 4, column: "period", message: "ana has two quotas for 2025-Q1" },
    ]);
    expect(quotas.get("ana")).toEqual({ "2025-Q1": "100" });
  });

  it("refuses an exchange rate of 0", () => {
    expect(parseRatesCsv("from,to,valid_from,rate\nUSD,EUR,2025-01-01,0\n", "r.csv").errors).toEqual([
      { file: "r.csv", row: 2, column: "rate", message: "rate must be above 0, got 0" },
    ]);
  });
});
