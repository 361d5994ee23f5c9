import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { SuperstoreLine } from "./read-superstore-files";
import { superstoreCustomers } from "./superstore-customers";

let rowNumber = 1;
const line = (customerId: string, orderId: string, orderDate: string, city: string): SuperstoreLine => ({
  row: ++rowNumber,
  rowId: String(rowNumber),
  orderId,
  orderDate,
  customerId,
  customerName: `Customer ${customerId}`,
  segment: "Consumer",
  countryCode: "US",
  city,
  state: "Texas",
  postalCode: city === "Houston" ? "77095" : "75201",
  region: "Central",
  sales: "10",
  quantity: "1",
  profit: "1",
});

describe("superstoreCustomers: one account per customer, at the address of most of its orders", () => {
  it("Houston has 2 orders (3 lines), Dallas 1 order: Houston", () => {
    const [customer] = superstoreCustomers([
      line("C1", "O1", "2019-01-01", "Houston"),
      line("C1", "O1", "2019-01-01", "Houston"),
      line("C1", "O2", "2019-02-01", "Houston"),
      line("C1", "O3", "2022-01-01", "Dallas"),
    ]);
    expect(customer).toMatchObject({ customerId: "C1", city: "Houston", postalCode: "77095" });
  });

  it("one order each: the most recent (Dallas, 2021) wins; same date: the first in the file", () => {
    expect(
      superstoreCustomers([
        line("C1", "O1", "2019-01-01", "Houston"),
        line("C1", "O2", "2021-01-01", "Dallas"),
      ])[0]?.city,
    ).toBe("Dallas");
    expect(
      superstoreCustomers([
        line("C1", "O1", "2021-01-01", "Houston"),
        line("C1", "O2", "2021-01-01", "Dallas"),
      ])[0]?.city,
    ).toBe("Houston");
  });

  it("property: every customer once, at an address none has more orders than, whatever the line order", () => {
    const arbitraryLine = fc
      .record({
        customer: fc.constantFrom("C1", "C2", "C3"),
        order: fc.integer({ min: 1, max: 8 }),
        day: fc.integer({ min: 1, max: 28 }),
        city: fc.constantFrom("Houston", "Dallas", "Austin"),
      })
      .map(({ customer, order, day, city }) =>
        line(customer, `O${order}`, `2020-01-${String(day).padStart(2, "0")}`, city),
      );
    fc.assert(
      fc.property(fc.array(arbitraryLine, { minLength: 1, maxLength: 40 }), (lines) => {
        const customers = superstoreCustomers(lines);
        const ids = [...new Set(lines.map((l) => l.customerId))].sort();
        expect(customers.map((c) => c.customerId).sort()).toEqual(ids);
        for (const customer of customers) {
          const ordersAt = (city: string) =>
            new Set(
              lines
                .filter((l) => l.customerId === customer.customerId && l.city === city)
                .map((l) => l.orderId),
            ).size;
          const best = Math.max(...["Houston", "Dallas", "Austin"].map(ordersAt));
          expect(ordersAt(customer.city)).toBe(best);
        }
      }),
    );
  });
});
