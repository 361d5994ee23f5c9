import type { SuperstoreLine } from "./read-superstore-files";

export type SuperstoreCustomer = {
  customerId: string;
  name: string;
  segment: string;
  countryCode: string;
  city: string;
  postalCode: string;
  region: string;
};

/**
 * One account per Customer ID. Superstore gives a ship-to address per line, and most customers have several; the
 * account takes the address of most of its orders (distinct Order IDs), ties going to the one ordered to most
 * recently, then to the first in the file, so the choice is deterministic.
 */
export function superstoreCustomers(lines: readonly SuperstoreLine[]): SuperstoreCustomer[] {
  type Place = { customer: SuperstoreCustomer; orders: Set<string>; last: string; first: number };
  const places = new Map<string, Map<string, Place>>();
  for (const line of lines) {
    const key = [line.countryCode, line.city, line.state, line.postalCode, line.region].join("\u0000");
    const byPlace = places.get(line.customerId) ?? new Map<string, Place>();
    places.set(line.customerId, byPlace);
    const place = byPlace.get(key) ?? {
      customer: {
        customerId: line.customerId,
        name: line.customerName,
        segment: line.segment,
        countryCode: line.countryCode,
        city: line.city,
        postalCode: line.postalCode,
        region: line.region,
      },
      orders: new Set<string>(),
      last: line.orderDate,
      first: line.row,
    };
    place.orders.add(line.orderId);
    if (line.orderDate > place.last) place.last = line.orderDate;
    byPlace.set(key, place);
  }
  return [...places.values()].map((byPlace) => {
    const ranked = [...byPlace.values()].sort(
      (a, b) =>
        b.orders.size - a.orders.size ||
        (a.last < b.last ? 1 : a.last > b.last ? -1 : 0) ||
        a.first - b.first,
    );
    return ranked[0]!.customer;
  });
}
