import { describe, expect, it } from "vitest";
import { monthsInRange } from "../../calendar/dates";
import { allocateTopDown } from "../allocation/allocate-top-down";
import { allocationExample } from "../allocation/allocation-example";
import { codesOf } from "../test-issues";
import type { AllocatedNode, QuotaTransfer } from "../types";
import { applyQuotaTransfers } from "./apply-quota-transfers";

const months = monthsInRange("2025-01", "2025-12");
const planned = () => allocateTopDown(allocationExample()).nodes;
const byId = (nodes: AllocatedNode[]) => Object.fromEntries(nodes.map((n) => [n.id, n]));
const annAccount: QuotaTransfer = {
  fromNodeId: "person:ann",
  toNodeId: "person:cy",
  effectiveMonth: "2025-07",
  share: "0.5",
  reason: "Account Globex moves to West",
};
const cents = (amount: string) => BigInt(amount.replace(".", ""));

describe("applyQuotaTransfers", () => {
  it("half of Ann's July–December (35,350 + 35,350 + 45,450 + 45,450 + 50,500 + 60,600 = 272,700) → 136,350 to Cy, each month halved (July 35,350 → 17,675): Ann 368,650, Cy 532,350", () => {
    const { nodes, trace } = applyQuotaTransfers(planned(), months, [annAccount]);
    const n = byId(nodes);
    expect([n["person:ann"]?.annual, n["person:cy"]?.annual]).toEqual(["368650.00", "532350.00"]);
    expect(n["person:ann"]?.months.slice(5, 8)).toEqual(["45450.00", "17675.00", "17675.00"]);
    expect(n["person:cy"]?.months[6]).toBe("45395.00"); // Cy's July 396,000 × 0.07 = 27,720 + 17,675
    expect(trace).toEqual([
      "transfer 1 (Account Globex moves to West): person:ann → person:cy from 2025-07: 0.5 of 272700.00 (person:ann's months from 2025-07) = 136350.00 (half up)",
    ]);
  });

  it("up to the common ancestor (the company), with the plan's over-assignment: Team A's reps carry 136,350 less (704,000 → 567,650) and Team A 136,350 ÷ 1.1 = 123,954.55 less (640,000 → 516,045.45), East the same; West's side gains as much; the company unchanged; every level still sums", () => {
    const options = { overAssignment: allocationExample().overAssignment };
    const n = byId(applyQuotaTransfers(planned(), months, [annAccount], options).nodes);
    expect(n["team:a"]).toMatchObject({ annual: "516045.45", childrenTotal: "567650.00" });
    expect(n["region:east"]).toMatchObject({ annual: "516045.45", childrenTotal: "516045.45" });
    expect(n["team:b"]).toMatchObject({ annual: "483954.55", childrenTotal: "532350.00" });
    expect(n["region:west"]).toMatchObject({ annual: "483954.55", childrenTotal: "483954.55" });
    expect(n.company).toMatchObject({ annual: "1000000.00", childrenTotal: "1000000.00" });
    for (const node of Object.values(n)) {
      const kids = Object.values(n).filter((k) => k.parentId === node.id);
      if (kids.length > 0)
        expect(kids.reduce((s, k) => s + cents(k.annual), 0n)).toBe(cents(node.childrenTotal ?? ""));
      expect(node.months.reduce((s, m) => s + cents(m), 0n)).toBe(cents(node.annual));
    }
  });

  it("without over-assignment factors the same 136,350 moves at every level: Team A and East 640,000 → 503,650", () => {
    const n = byId(applyQuotaTransfers(planned(), months, [annAccount]).nodes);
    expect(n["team:a"]).toMatchObject({ annual: "503650.00", childrenTotal: "567650.00" });
    expect(n["region:east"]).toMatchObject({ annual: "503650.00", childrenTotal: "503650.00" });
  });

  it("an amount between teammates stops at their team: 10,000 from Bob to Ann from October; Team A unchanged", () => {
    const transfer = {
      fromNodeId: "person:bob",
      toNodeId: "person:ann",
      effectiveMonth: "2025-10",
      amount: "10000",
      reason: "territory",
    };
    const before = byId(planned());
    const n = byId(applyQuotaTransfers(planned(), months, [transfer]).nodes);
    expect([n["person:bob"]?.annual, n["person:ann"]?.annual]).toEqual(["189000.00", "515000.00"]);
    expect(n["team:a"]).toEqual(before["team:a"]);
  });

  it("rejects an unknown receiver, a team as giver, a month outside the year, a share over 1, both share and amount — all at once", () => {
    expect(
      codesOf(() =>
        applyQuotaTransfers(planned(), months, [
          { ...annAccount, toNodeId: "person:zz" },
          { ...annAccount, fromNodeId: "team:a" },
          { ...annAccount, effectiveMonth: "2026-01" },
          { ...annAccount, share: "1.5" },
          { ...annAccount, amount: "1" },
        ]),
      ),
    ).toEqual(["transfer_invalid", "transfer_invalid", "bad_month", "transfer_invalid", "transfer_invalid"]);
  });

  it("rejects moving more than the giver has left: 300,000 of Ann's 272,700 from July", () => {
    const { share: _, ...rest } = annAccount;
    expect(codesOf(() => applyQuotaTransfers(planned(), months, [{ ...rest, amount: "300000" }]))).toEqual([
      "transfer_invalid",
    ]);
  });
});
