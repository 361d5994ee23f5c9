// Mirrors the server's response schemas (see /api/openapi.json). Amounts are decimal strings.
import type { AppLocale } from "../format/locale";

export type Role = "admin" | "comp_admin" | "hr" | "manager" | "rep" | "marketing" | "viewer";

export type Me = {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  locale: AppLocale;
  person: { id: string; fullName: string; jobRole: string } | null;
  workspace: { id: string; name: string; reportingCurrency: string; fiscalYearStartMonth: number };
  today: string;
};

export type RevenueMonth = {
  month: string;
  bookings: string;
  target: string;
  attainment: string | null;
  cumulativeBookings: string;
  cumulativeTarget: string;
};

export type RevenueRep = {
  personId: string;
  name: string;
  jobRole: string;
  bookings: string;
  target: string;
  attainment: string | null;
  lines: number;
};

export type RevenueVsTarget = {
  currency: string;
  from: string;
  to: string;
  asOf: string;
  scope: { kind: "self" | "tree" | "workspace" | "person"; personId: string | null; name: string };
  months: RevenueMonth[];
  reps: RevenueRep[];
  totals: { bookings: string; target: string; attainment: string | null; lines: number };
};

export type BookingLine = {
  id: string;
  orderNumber: string;
  bookingDate: string;
  kind: "booking" | "cancellation" | "return";
  accountId: string | null;
  accountName: string | null;
  opportunityId: string | null;
  opportunityName: string | null;
  productName: string | null;
  ownerId: string | null;
  ownerName: string | null;
  amount: string;
  currency: string;
  amountReporting: string;
  /** The period the line pays for, when known. */
  serviceStart: string | null;
  serviceEnd: string | null;
};

export type BookingLinesPage = {
  items: BookingLine[];
  total: { lines: number; amountReporting: string };
  nextCursor: string | null;
};

export type RevenueParams = { from: string; to: string; personId?: string };
