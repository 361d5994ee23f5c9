import { describe, expect, it } from "vitest";
import { useRevenueFixture } from "../test-support/use-revenue-fixture";

const env = useRevenueFixture({ today: "2026-03-15" });
const { signedIn } = env;

const Q1 = "from=2026-01&to=2026-03";

describe("Revenue vs target: figures", () => {
  it("workspace scope (admin): Jan 1200.50 + 799.50 + 333.33 USD × 0.9150 (= 305.00) = 2305.00 against 6500.00", async () => {
    const body = await (await (await signedIn("admin")).get(`/api/revenue-vs-target?${Q1}`)).json();
    expect(body.scope).toEqual({ kind: "workspace", personId: null, name: "Acme Software" });
    expect(body.currency).toBe("EUR");
    expect(body.months).toEqual([
      {
        month: "2026-01",
        bookings: "2305.00",
        target: "6500.00",
        attainment: "0.3546",
        cumulativeBookings: "2305.00",
        cumulativeTarget: "6500.00",
        lines: 3,
      },
      // Feb: 1000.00 GBP × 1.17 = 1170.00, cancelled 250.00 GBP × 1.17 = −292.50, plus Carl's 3000.00 = 3877.50
      {
        month: "2026-02",
        bookings: "3877.50",
        target: "6500.00",
        attainment: "0.5965",
        cumulativeBookings: "6182.50",
        cumulativeTarget: "13000.00",
        lines: 3,
      },
      {
        month: "2026-03",
        bookings: "500.00",
        target: "6500.00",
        attainment: "0.0769",
        cumulativeBookings: "6682.50",
        cumulativeTarget: "19500.00",
        lines: 1,
      },
    ]);
    // 6682.50 / 19500.00 = 0.342692… → 0.3427
    expect(body.totals).toEqual({ bookings: "6682.50", target: "19500.00", attainment: "0.3427", lines: 7 });
    // Nobody reached 70%: 0 of 3 reps with a target.
    expect(body.distribution).toEqual({ reps: 3, atOrAbove100: 0, atOrAbove70: 0, share70: "0.0000" });
    expect(body.reps).toEqual([
      // 2877.50 / 6000 = 0.479583… ; 3000 / 9000 = 0.3333 ; 805.00 / 3000 = 0.268333…
      {
        personId: env.fixture.people.ana,
        name: "Ana Seller",
        jobRole: "ae",
        bookings: "2877.50",
        target: "6000.00",
        attainment: "0.4796",
        lines: 4,
      },
      {
        personId: env.fixture.people.carl,
        name: "Carl Seller",
        jobRole: "ae",
        bookings: "3000.00",
        target: "9000.00",
        attainment: "0.3333",
        lines: 1,
      },
      {
        personId: env.fixture.people.ben,
        name: "Ben Seller",
        jobRole: "ae",
        bookings: "805.00",
        target: "3000.00",
        attainment: "0.2683",
        lines: 2,
      },
    ]);
  });

  it("defaults to the current fiscal year: 12 months, the Dec-2025 line excluded", async () => {
    const body = await (await (await signedIn("viewer")).get("/api/revenue-vs-target")).json();
    expect(body.from).toBe("2026-01");
    expect(body.to).toBe("2026-12");
    expect(body.months).toHaveLength(12);
    expect(body.months[11]).toMatchObject({
      month: "2026-12",
      bookings: "0.00",
      target: "0.00",
      attainment: null,
    });
    expect(body.totals.bookings).toBe("6682.50");
  });

  it("a manager sees their reporting tree as of the date asked: Ben moved from Mia to Zoe on 2026-02-01", async () => {
    const mia = await signedIn("mia");
    const now = await (await mia.get(`/api/revenue-vs-target?${Q1}`)).json();
    expect(now.scope).toEqual({ kind: "tree", personId: env.fixture.people.mia, name: "Mia Manager" });
    expect(now.reps.map((r: { name: string }) => r.name)).toEqual(["Ana Seller"]);
    expect(now.totals).toMatchObject({ bookings: "2877.50", target: "6000.00", attainment: "0.4796" });

    const january = await (await mia.get(`/api/revenue-vs-target?${Q1}&asOf=2026-01-15`)).json();
    expect(january.reps.map((r: { name: string }) => r.name)).toEqual(["Ana Seller", "Ben Seller"]);
    // 2877.50 + 805.00 = 3682.50 against 6000.00 + 3000.00
    expect(january.totals).toMatchObject({ bookings: "3682.50", target: "9000.00", attainment: "0.4092" });
  });

  it("a director's tree includes the trees of their managers", async () => {
    const body = await (await (await signedIn("dan")).get(`/api/revenue-vs-target?${Q1}`)).json();
    expect(body.reps).toHaveLength(3);
    expect(body.totals.bookings).toBe("6682.50");
    // No company-level target outside the workspace scope: 6000 + 3000 + 9000
    expect(body.totals.target).toBe("18000.00");
  });

  it("a rep sees only their own figures", async () => {
    const body = await (await (await signedIn("ana")).get(`/api/revenue-vs-target?${Q1}`)).json();
    expect(body.scope).toEqual({ kind: "self", personId: env.fixture.people.ana, name: "Ana Seller" });
    expect(body.reps).toHaveLength(1);
    expect(body.totals).toEqual({ bookings: "2877.50", target: "6000.00", attainment: "0.4796", lines: 4 });
  });
});

describe("Revenue vs target: authorization", () => {
  it("refuses a rep asking for another rep (403) and for that rep's lines", async () => {
    const ana = await signedIn("ana");
    for (const path of [
      `/api/revenue-vs-target?${Q1}&personId=${env.fixture.people.carl}`,
      `/api/revenue-vs-target/lines?${Q1}&ownerId=${env.fixture.people.carl}`,
    ]) {
      const response = await ana.get(path);
      expect(response.status).toBe(403);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
    }
  });

  it("refuses a manager asking for someone outside their tree, allows someone inside", async () => {
    const mia = await signedIn("mia");
    expect((await mia.get(`/api/revenue-vs-target?${Q1}&personId=${env.fixture.people.carl}`)).status).toBe(
      403,
    );
    const ana = await (
      await mia.get(`/api/revenue-vs-target?${Q1}&personId=${env.fixture.people.ana}`)
    ).json();
    expect(ana.scope.kind).toBe("person");
    expect(ana.totals.bookings).toBe("2877.50");
  });

  it("refuses anonymous callers (401) and a rep not linked to a person (403)", async () => {
    expect((await env.client().get(`/api/revenue-vs-target?${Q1}`)).status).toBe(401);
    expect((await (await signedIn("unlinkedRep")).get(`/api/revenue-vs-target?${Q1}`)).status).toBe(403);
  });

  it("lets every workspace-wide role read the workspace figures", async () => {
    for (const who of ["admin", "finance", "hr", "marketing", "viewer"] as const) {
      const body = await (await (await signedIn(who)).get(`/api/revenue-vs-target?${Q1}`)).json();
      expect(body.totals.bookings).toBe("6682.50");
    }
  });

  it("validates query parameters by name", async () => {
    const admin = await signedIn("admin");
    const response = await admin.get("/api/revenue-vs-target?from=2026-13&personId=42");
    expect(response.status).toBe(400);
    const paths = (await response.json()).errors.map((e: { path: string }) => e.path).sort();
    expect(paths).toEqual(["query.from", "query.personId"]);
    const reversed = await admin.get("/api/revenue-vs-target?from=2026-03&to=2026-01");
    expect(reversed.status).toBe(400);
  });
});

describe("Revenue vs target: drill-down", () => {
  it("lists a month's lines, and they add up to the month's figure (Feb: 1170.00 − 292.50 + 3000.00 = 3877.50)", async () => {
    const body = await (
      await (await signedIn("admin")).get(`/api/revenue-vs-target/lines?${Q1}&month=2026-02`)
    ).json();
    expect(
      body.items.map((l: { orderNumber: string; kind: string; amountReporting: string }) => [
        l.orderNumber,
        l.kind,
        l.amountReporting,
      ]),
    ).toEqual([
      ["SO-a3", "booking", "1170.00"],
      ["SO-c1", "booking", "3000.00"],
      ["SO-a4", "cancellation", "-292.50"],
    ]);
    const carl = body.items.find((l: { orderNumber: string }) => l.orderNumber === "SO-c1");
    expect([carl.serviceStart, carl.serviceEnd, carl.currency, carl.amount]).toEqual([
      "2026-02-10",
      "2027-02-09",
      "EUR",
      "3000.00",
    ]);
    expect(body.total).toEqual({ lines: 3, amountReporting: "3877.50" });
    expect(body.nextCursor).toBeNull();
  });

  it("pages a rep's lines with a cursor; the pages add up to the rep's bookings (2877.50)", async () => {
    const mia = await signedIn("mia");
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: {
        items: { id: string; amountReporting: string }[];
        nextCursor: string | null;
        total: { amountReporting: string };
      } = await (
        await mia.get(
          `/api/revenue-vs-target/lines?${Q1}&ownerId=${env.fixture.people.ana}&limit=3${cursor ? `&cursor=${cursor}` : ""}`,
        )
      ).json();
      expect(page.total.amountReporting).toBe("2877.50");
      seen.push(...page.items.map((l) => l.amountReporting));
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(2);
    expect(seen).toEqual(["1200.50", "799.50", "1170.00", "-292.50"]);
  });

  it("personId on lines means what it means in the report: Mia's tree, 4 lines = 2877.50 (Ben moved away)", async () => {
    const dan = await signedIn("dan");
    const body = await (
      await dan.get(`/api/revenue-vs-target/lines?${Q1}&personId=${env.fixture.people.mia}`)
    ).json();
    expect(body.total).toEqual({ lines: 4, amountReporting: "2877.50" });
    const report = await (
      await dan.get(`/api/revenue-vs-target?${Q1}&personId=${env.fixture.people.mia}`)
    ).json();
    expect(report.totals.bookings).toBe("2877.50");
    expect(
      (
        await (
          await signedIn("mia")
        ).get(`/api/revenue-vs-target/lines?${Q1}&ownerId=${env.fixture.people.carl}`)
      ).status,
    ).toBe(403);
  });

  it("rejects forged cursors whose keys are not a date and an id, with 400 (never a database error)", async () => {
    const admin = await signedIn("admin");
    for (const key of [
      ["x", "y"],
      ["2026-13-45", "00000000-0000-0000-0000-000000000000"],
      [1, 2],
    ]) {
      const cursor = Buffer.from(JSON.stringify(key)).toString("base64url");
      const response = await admin.get(`/api/revenue-vs-target/lines?${Q1}&cursor=${cursor}`);
      expect(response.status).toBe(400);
    }
    const forged = Buffer.from(JSON.stringify(["not-a-uuid"])).toString("base64url");
    expect((await admin.get(`/api/accounts?cursor=${forged}`)).status).toBe(400);
  });

  it("rejects a cursor it did not issue", async () => {
    const response = await (await signedIn("admin")).get(`/api/revenue-vs-target/lines?${Q1}&cursor=garbage`);
    expect(response.status).toBe(400);
    expect((await response.json()).errors[0].path).toBe("cursor");
  });
});
