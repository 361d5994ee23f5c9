import { leads } from "@attain/db";
import { beforeAll, describe, expect, it } from "vitest";
import { useRevenueFixture } from "../test-support/use-revenue-fixture";

const env = useRevenueFixture();

const companies = (page: { items: { companyName: string | null }[] }) =>
  page.items.map((i) => i.companyName ?? "").sort();

describe("GET /api/leads is scoped like figures", () => {
  beforeAll(async () => {
    const { workspaceId, people } = env.fixture;
    const lead = (externalId: string, companyName: string, ownerId: string | null, sdrId: string | null) => ({
      workspaceId,
      externalId,
      companyName,
      source: "referral",
      createdOn: "2026-01-15",
      ownerId,
      sdrId,
    });
    await env.database.db
      .insert(leads)
      .values([
        lead("L-ana", "Ana's lead", people.ana, null),
        lead("L-ana-sdr", "Qualified by Ana", people.carl, people.ana),
        lead("L-carl", "Carl's lead", people.carl, null),
        lead("L-none", "Unowned lead", null, null),
      ]);
  });

  it("a rep lists the leads they own or qualified, not others'", async () => {
    const ana = await env.signedIn("ana");
    expect(companies(await (await ana.get("/api/leads")).json())).toEqual(["Ana's lead", "Qualified by Ana"]);
  });

  it("Ana's manager Mia sees Ana's two; an admin sees all four; a search narrows by company", async () => {
    expect(companies(await (await (await env.signedIn("mia")).get("/api/leads")).json())).toEqual([
      "Ana's lead",
      "Qualified by Ana",
    ]);
    const admin = await env.signedIn("admin");
    expect(companies(await (await admin.get("/api/leads")).json())).toHaveLength(4);
    expect(companies(await (await admin.get("/api/leads?search=unowned")).json())).toEqual(["Unowned lead"]);
  });
});
