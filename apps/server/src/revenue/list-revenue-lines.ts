import { type Db, listBookingLines, summariseBookingLines } from "@attain/db";
import { addMonths } from "@attain/engine";
import type { Viewer } from "../auth/viewer";
import { decodeCursor, encodeCursor } from "../http/pagination";
import { problems } from "../http/problem";
import { resolveRevenueRequest } from "./resolve-revenue-request";

export type RevenueLinesQuery = {
  from?: string;
  to?: string;
  month?: string;
  personId?: string;
  ownerId?: string;
  asOf?: string;
  cursor?: string;
  limit: number;
};

/**
 * The order lines behind a Revenue-vs-target figure: `personId` means what it means in the report (that person and
 * whoever reports to them), `ownerId` narrows to one person's own lines (a rep's row), `month` to one month.
 * Their `amountReporting` values add up exactly to the figure, because both use the same per-line conversion.
 */
export async function listRevenueLines(db: Db, viewer: Viewer, today: string, query: RevenueLinesQuery) {
  const { period, scope } = await resolveRevenueRequest(db, viewer, today, query);
  if (query.ownerId && scope.personIds && !scope.personIds.includes(query.ownerId)) {
    throw problems.forbidden("That person is outside the people whose figures you may see.");
  }
  const ownerIds = query.ownerId ? [query.ownerId] : scope.personIds;
  let window = { fromDay: period.fromDay, toDayExclusive: period.toDayExclusive };
  if (query.month) {
    if (query.month < period.from || query.month > period.to) {
      throw problems.invalid([{ path: "month", message: "`month` must fall within `from`–`to`" }]);
    }
    window = { fromDay: `${query.month}-01`, toDayExclusive: addMonths(`${query.month}-01`, 1) };
  }
  const filter = { workspaceId: viewer.workspaceId, ...window, ownerIds };
  const key = decodeCursor(query.cursor, ["date", "uuid"]);
  const after = key ? { bookingDate: String(key[0]), id: String(key[1]) } : null;
  const [rows, total] = await Promise.all([
    listBookingLines(db, { ...filter, after, limit: query.limit + 1 }),
    summariseBookingLines(db, filter),
  ]);
  const items = rows.slice(0, query.limit);
  const last = items.at(-1);
  return {
    items: items.map((line) => ({ ...line, amountReporting: line.amountReporting ?? "0" })),
    total,
    nextCursor: rows.length > query.limit && last ? encodeCursor([last.bookingDate, last.id]) : null,
  };
}
