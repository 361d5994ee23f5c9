import { describe, expect, it } from "vitest";
import {
  emptyTransferForm,
  fieldOfServerPath,
  readSharePercent,
  readTransferAmount,
  readTransferForm,
  splitServerErrors,
  type TransferForm,
} from "./transfer-form";

const context = {
  personNodeIds: new Set(["person:ann", "person:cy"]),
  months: ["2027-02", "2027-03", "2027-07"],
  locale: "en" as const,
};
const filled: TransferForm = {
  fromNodeId: "person:ann",
  toNodeId: "person:cy",
  effectiveMonth: "2027-07",
  by: "share",
  value: "25",
  reason: "  Contoso moves West ",
};

describe("readSharePercent", () => {
  it('"25" → 0.25', () => expect(readSharePercent("25", "en")).toEqual({ ok: true, share: "0.25" }));
  it('"12,5" in French → 0.125', () =>
    expect(readSharePercent("12,5", "fr")).toEqual({ ok: true, share: "0.125" }));
  it("0 and 100 are the bounds", () => {
    expect(readSharePercent("0", "en")).toEqual({ ok: true, share: "0" });
    expect(readSharePercent("100", "en")).toEqual({ ok: true, share: "1" });
  });
  it("100.0001 is over 100%", () =>
    expect(readSharePercent("100.0001", "en")).toEqual({ ok: false, issue: "share_over_100" }));
  it("a negative, a text, 5 decimals, nothing", () => {
    expect(readSharePercent("-1", "en")).toEqual({ ok: false, issue: "share_negative" });
    expect(readSharePercent("abc", "en")).toEqual({ ok: false, issue: "share_not_a_number" });
    expect(readSharePercent("1.23456", "en")).toEqual({ ok: false, issue: "share_too_many_decimals" });
    expect(readSharePercent(" ", "en")).toEqual({ ok: false, issue: "shareRequired" });
  });
});

describe("readTransferAmount", () => {
  it('"1,250.50" (en) and "1 250,50" (fr) → 1250.50', () => {
    expect(readTransferAmount("1,250.50", "en")).toEqual({ ok: true, amount: "1250.50" });
    expect(readTransferAmount("1 250,50", "fr")).toEqual({ ok: true, amount: "1250.50" });
  });
  it("keeps every cent of 90071992547409.93", () =>
    expect(readTransferAmount("90071992547409.93", "en")).toEqual({ ok: true, amount: "90071992547409.93" }));
  it("0 is allowed; negative and 3 decimals are not", () => {
    expect(readTransferAmount("0", "en")).toEqual({ ok: true, amount: "0" });
    expect(readTransferAmount("-5", "en")).toEqual({ ok: false, issue: "amount_negative" });
    expect(readTransferAmount("1.005", "en")).toEqual({ ok: false, issue: "amount_too_many_decimals" });
    expect(readTransferAmount("", "en")).toEqual({ ok: false, issue: "amountRequired" });
  });
});

describe("readTransferForm", () => {
  it("a complete form → the transfer, reason trimmed", () =>
    expect(readTransferForm(filled, context)).toEqual({
      transfer: {
        fromNodeId: "person:ann",
        toNodeId: "person:cy",
        effectiveMonth: "2027-07",
        share: "0.25",
        reason: "Contoso moves West",
      },
      issues: {},
    }));
  it("an amount instead of a share", () =>
    expect(readTransferForm({ ...filled, by: "amount", value: "50000" }, context).transfer).toEqual({
      fromNodeId: "person:ann",
      toNodeId: "person:cy",
      effectiveMonth: "2027-07",
      amount: "50000",
      reason: "Contoso moves West",
    }));
  it("the empty form names every field", () =>
    expect(readTransferForm(emptyTransferForm, context)).toEqual({
      transfer: null,
      issues: {
        fromNodeId: "fromRequired",
        toNodeId: "toRequired",
        effectiveMonth: "monthOutsideYear",
        value: "shareRequired",
        reason: "reasonRequired",
      },
    }));
  it("from = to is refused on the receiver", () =>
    expect(readTransferForm({ ...filled, toNodeId: "person:ann" }, context).issues).toEqual({
      toNodeId: "samePerson",
    }));
  it("a month outside the allowed months (the first, another year) is refused", () => {
    expect(readTransferForm({ ...filled, effectiveMonth: "2027-01" }, context).issues).toEqual({
      effectiveMonth: "monthOutsideYear",
    });
    expect(readTransferForm({ ...filled, effectiveMonth: "2028-07" }, context).transfer).toBeNull();
  });
  it("an unknown person (not a person row of the grid) is refused", () =>
    expect(readTransferForm({ ...filled, fromNodeId: "team:west" }, context).issues).toEqual({
      fromNodeId: "fromRequired",
    }));
  it("a share over 100% and a blank reason", () =>
    expect(readTransferForm({ ...filled, value: "120", reason: "   " }, context).issues).toEqual({
      value: "share_over_100",
      reason: "reasonRequired",
    }));
  it("a reason over 500 characters", () =>
    expect(readTransferForm({ ...filled, reason: "x".repeat(501) }, context).issues).toEqual({
      reason: "reasonTooLong",
    }));
});

describe("server errors", () => {
  it("maps the paths of the transfer at the index to fields", () => {
    expect(fieldOfServerPath("assumptions.transfers.2.toNodeId", 2)).toBe("toNodeId");
    expect(fieldOfServerPath("assumptions.transfers.2.share", 2)).toBe("value");
    expect(fieldOfServerPath("assumptions.transfers.2.amount", 2)).toBe("value");
    expect(fieldOfServerPath("assumptions.transfers.2", 2)).toBe("transfer");
    expect(fieldOfServerPath("assumptions.transfers.12.toNodeId", 1)).toBeNull();
    expect(fieldOfServerPath("assumptions.transfers.1.toNodeId", 2)).toBeNull();
    expect(fieldOfServerPath("assumptions.target.annual", 0)).toBeNull();
  });
  it("splits field messages from general ones", () =>
    expect(
      splitServerErrors(
        [
          { path: "assumptions.transfers.0.toNodeId", message: "Unknown." },
          { path: "assumptions.transfers.0.toNodeId", message: "Same person." },
          { path: "assumptions.transfers.0", message: "More than the giver has left." },
          { path: "assumptions.allocation.unit", message: "Bad unit." },
        ],
        0,
      ),
    ).toEqual({
      fields: { toNodeId: "Unknown. Same person." },
      general: ["More than the giver has left.", "Bad unit."],
    }));
});
