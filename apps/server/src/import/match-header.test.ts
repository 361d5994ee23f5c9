import { describe, expect, it } from "vitest";
import { peopleSpec } from "./entities/people";
import { quotasSpec } from "./entities/quotas";
import { matchHeader } from "./match-header";

const fieldsOf = (plan: ReturnType<typeof matchHeader>) =>
  plan.columns.map((column) => [column.header, column.field.name]);

describe("matching a header with an explicit column mapping", () => {
  it("AdventureWorks' quota history: BusinessEntityID → person, QuotaDate → period, SalesQuota → amount", () => {
    const header = [
      "SalesPersonQuotaHistoryID",
      "BusinessEntityID",
      "QuotaDate",
      "SalesQuota",
      "rowguid",
      "ModifiedDate",
    ];
    const plain = matchHeader(header, quotasSpec);
    expect(plain.missing.map((m) => m.column)).toEqual(["period", "amount"]);
    const mapped = matchHeader(header, quotasSpec, {
      person: "BusinessEntityID",
      period: "quota date",
      amount: "SalesQuota",
    });
    expect(fieldsOf(mapped)).toEqual([
      ["BusinessEntityID", "person"],
      ["QuotaDate", "period"],
      ["SalesQuota", "amount"],
    ]);
    expect(mapped.missing).toEqual([]);
  });

  it("a mapped field stops matching its synonyms: full_name from LoginID leaves a 'Name' column unknown", () => {
    const plan = matchHeader(["BusinessEntityID", "LoginID", "Name", "JobTitle"], peopleSpec, {
      external_id: "BusinessEntityID",
      full_name: "LoginID",
    });
    expect(fieldsOf(plan)).toEqual([
      ["BusinessEntityID", "external_id"],
      ["LoginID", "full_name"],
      ["JobTitle", "title"],
    ]);
    expect(plan.warnings).toEqual(['Unknown column(s) ignored: "Name".']);
  });

  it("a mapped header the file does not have is reported, naming the field", () => {
    const plan = matchHeader(["rep", "period", "amount"], quotasSpec, { person: "SalesPersonID" });
    expect(plan.missing).toEqual([
      {
        column: "person",
        message: 'Column "SalesPersonID", mapped to person, is not in the file\'s header.',
      },
    ]);
  });
});
