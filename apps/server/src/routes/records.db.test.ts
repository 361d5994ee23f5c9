import { describe, expect, it } from "vitest";
import { useRevenueFixture } from "../test-support/use-revenue-fixture";

const env = useRevenueFixture();
const { signedIn } = env;

const names = (page: { items: { name: string }[] }) => page.items.map((i) => i.name).sort();

describe("record lists are scoped like figures", () => {
  it("a rep lists only the accounts and opportunities they own", async () => {
    const ana = await signedIn("ana");
    expect(names(await (await ana.get("/api/accounts")).json())).toEqual(["Alpha GmbH"]);
    expect(names(await (await ana.get("/api/opportunities")).json())).toEqual([
      "Alpha platform",
      "Alpha renewal",
    ]);
    expect(names(await (await ana.get("/api/opportunities?status=won")).json())).toEqual(["Alpha renewal"]);
  });

  it("a manager lists their tree's records; an admin lists the workspace's", async () => {
    expect(names(await (await (await signedIn("zoe")).get("/api/accounts")).json())).toEqual([
      "Gamma 100% SA",
    ]);
    expect(names(await (await (await signedIn("admin")).get("/api/accounts")).json())).toEqual([
      "Alpha GmbH",
      "Gamma 100% SA",
    ]);
  });

  it("pages with a cursor until nextCursor is null, seeing every row once", async () => {
    const admin = await signedIn("admin");
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { name: string }[]; nextCursor: string | null } = await (
        await admin.get(`/api/opportunities?limit=2${cursor ? `&cursor=${cursor}` : ""}`)
      ).json();
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((i) => i.name));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen.sort()).toEqual(["Alpha platform", "Alpha renewal", "Gamma pilot"]);
  });

  it("takes LIKE wildcards in a search literally: '100%' matches one account, '%' alone only names containing %", async () => {
    const admin = await signedIn("admin");
    expect(names(await (await admin.get("/api/accounts?search=100%25")).json())).toEqual(["Gamma 100% SA"]);
    expect(names(await (await admin.get("/api/accounts?search=_")).json())).toEqual([]);
  });

  it("lists people as a directory to every role, and refuses an invalid limit by name", async () => {
    const ana = await signedIn("ana");
    const people = await (await ana.get("/api/people?limit=500")).json();
    expect(people.items.map((p: { fullName: string }) => p.fullName).sort()).toEqual([
      "Ana Seller",
      "Ben Seller",
      "Carl Seller",
      "Dan Director",
      "Mia Manager",
      "Zoe Manager",
    ]);
    const invalid = await ana.get("/api/people?limit=501");
    expect(invalid.status).toBe(400);
    expect((await invalid.json()).errors[0].path).toBe("query.limit");
  });
});
