import { orderLineKinds } from "@attain/db";
import { mergeRows, presentColumns, rejectWhere } from "../merge-rows";
import type { EntitySpec, MergeContext } from "../spec";
import { timeOrderedIdSql } from "../time-ordered-id";
import { accountRef, currencyField, externalIdField, personRef, productRef } from "./common-fields";

export const orderLinesSpec: EntitySpec = {
  entity: "order-lines",
  description:
    "Booked order lines. Cancellations and returns are lines of their own (usually negative) that name the line they reverse by its external id, in this file or already imported.",
  identity: ["external_id"],
  fields: [
    externalIdField(["line id", "order line id", "line number", "booking id", "row id"]),
    {
      name: "order_number",
      type: "text",
      required: true,
      fallback: "external_id",
      synonyms: ["order id", "order", "order no", "order ref", "numéro de commande", "commande"],
      description: "Order the line belongs to (default: the line's id).",
    },
    {
      name: "kind",
      type: "enum",
      values: {
        booking: ["order", "sale", "new", "commande"],
        cancellation: ["cancel", "cancelled", "canceled", "annulation"],
        return: ["returned", "refund", "retour"],
      },
      synonyms: ["line type", "type"],
      description: `One of ${orderLineKinds.join(", ")} (default booking).`,
    },
    {
      name: "original_line",
      type: "key",
      synonyms: ["original line id", "reverses", "original external id", "ligne d'origine"],
      description: "For a cancellation or return: external id of the reversed line.",
    },
    {
      name: "booking_date",
      type: "date",
      required: true,
      synonyms: ["order date", "date", "booked on", "booking", "date de commande"],
      description: "Booking date.",
    },
    accountRef,
    {
      name: "opportunity",
      type: "key",
      synonyms: ["opportunity id", "deal id", "deal"],
      description: "External id of the deal.",
    },
    productRef,
    personRef(
      "owner",
      ["sales rep", "rep", "seller", "salesperson", "credited to", "commercial"],
      "Person credited",
    ),
    {
      name: "quantity",
      type: "decimal",
      synonyms: ["qty", "quantity ordered", "quantité", "units"],
      description: "Quantity (default 1).",
    },
    {
      name: "unit_price",
      type: "decimal",
      synonyms: ["price", "price each", "prix unitaire"],
      description: "Unit price.",
    },
    {
      name: "amount",
      type: "decimal",
      required: true,
      synonyms: ["sales", "line amount", "total", "value", "montant", "net amount"],
      description: "Line amount (exact decimal; negative for reversals).",
    },
    currencyField(),
    {
      name: "service_start",
      type: "date",
      synonyms: ["service start", "period start", "start date", "début de période"],
      description: "First day of the period the line pays for (subscriptions), if known.",
    },
    {
      name: "cost",
      type: "decimal",
      synonyms: ["cost of goods", "cogs", "line cost", "coût", "cout"],
      description: "Cost of the line, when known (margin = amount − cost).",
    },
    {
      name: "paid_amount",
      type: "decimal",
      synonyms: ["paid", "amount paid", "cash received", "payment", "montant payé"],
      description: "Cash received for the line (commission on payment).",
    },
    {
      name: "paid_on",
      type: "date",
      synonyms: ["payment date", "paid date", "date de paiement"],
      description: "When the cash was received.",
    },
    {
      name: "arr",
      type: "decimal",
      synonyms: ["annual recurring revenue", "arr amount"],
      description: "Annual recurring revenue of the line (stored as the measure `arr`).",
    },
    {
      name: "measures",
      type: "text",
      synonyms: ["extra measures", "other measures", "mesures"],
      description: 'Any other measures as a JSON object of decimals, e.g. {"tcv": "36000.00"}.',
    },
    {
      name: "service_end",
      type: "date",
      synonyms: ["service end", "period end", "end date", "fin de période"],
      description: "Last day of that period.",
    },
  ],
  derived: ["currency"],
  prepare(row, context) {
    if (row.currency === null) row.currency = context.currency;
    if (
      row.service_start !== null &&
      row.service_end !== null &&
      String(row.service_end) < String(row.service_start)
    )
      return { column: "service_end", message: "service_end is before service_start" };
    if (row.measures !== null) {
      const measures = readMeasures(String(row.measures));
      if ("error" in measures) return { column: "measures", message: measures.error };
      row.measures = measures.json;
    }
    if (row.kind !== null && row.kind !== "booking" && row.original_line === null)
      return { column: "original_line", message: `a ${row.kind} must name the original line it reverses` };
    return null;
  },
  async merge(context) {
    const { stage } = context;
    if (context.present.has("opportunity"))
      await rejectWhere(
        context,
        "s.opportunity is not null and not exists (select 1 from opportunities o where o.workspace_id = $1 and o.external_id = s.opportunity)",
        context.column("opportunity"),
        (value) => `opportunity "${value}" not found`,
        "s.opportunity",
      );
    if (context.present.has("original_line"))
      await rejectWhere(
        context,
        `s.original_line is not null
         and not exists (select 1 from order_lines o where o.workspace_id = $1 and o.external_id = s.original_line)
         and not exists (select 1 from ${stage} o where o.external_id = s.original_line and coalesce(o.kind, 'booking') = 'booking')`,
        context.column("original_line"),
        (value) => `original line "${value}" not found (in the file or the workspace)`,
        "s.original_line",
      );
    const allNew = await isFirstLoad(context);
    const id = timeOrderedIdSql("s.row_no", Date.now());
    // Bookings first, so that reversals in the same file find the lines they point at.
    const bookings = await mergeLines(context, "coalesce(s.kind, 'booking') = 'booking'", { allNew, id });
    if (!context.present.has("original_line")) return bookings;
    const reversals = await mergeLines(context, "coalesce(s.kind, 'booking') <> 'booking'", { allNew, id });
    return {
      inserted: bookings.inserted + reversals.inserted,
      updated: bookings.updated + reversals.updated,
    };
  },
};

/**
 * True when the workspace has no order lines yet: then no staged line can conflict (the stage holds no duplicate
 * external ids), and a plain INSERT counts exactly what the upsert would. The lock makes order-line imports into one
 * workspace take turns until commit, so no other import can add lines between this check and the insert.
 */
async function isFirstLoad(context: MergeContext): Promise<boolean> {
  await context.sql.query("select pg_advisory_xact_lock(hashtextextended('order_lines ' || $1, 0))", [
    context.workspaceId,
  ]);
  const [row] = await context.sql.query<{ empty: boolean }>(
    "select not exists (select 1 from order_lines where workspace_id = $1) as empty",
    [context.workspaceId],
  );
  return row?.empty === true;
}

const plainDecimal = /^-?\d+(\.\d+)?$/;

const notAnObject = 'measures must be a JSON object such as {"tcv": "36000.00"}';

/**
 * A JSON object of measure name → decimal as normalised JSON text (every value a decimal string). Fractions must be
 * written as strings: a JSON number with a fraction would pass through a binary float, so only whole numbers may be.
 */
function readMeasures(text: string): { json: string } | { error: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { error: notAnObject };
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) return { error: notAnObject };
  const measures: Record<string, string> = {};
  for (const [name, amount] of Object.entries(value)) {
    const decimal = typeof amount === "number" && Number.isSafeInteger(amount) ? String(amount) : amount;
    if (typeof decimal !== "string" || !plainDecimal.test(decimal))
      return {
        error: `measure "${name}" must be a decimal written as a string, got ${JSON.stringify(amount)}`,
      };
    measures[name] = decimal;
  }
  return { json: JSON.stringify(measures) };
}

function mergeLines(context: MergeContext, where: string, { allNew, id }: { allNew: boolean; id: string }) {
  const columns = presentColumns(context, {
    external_id: ["external_id"],
    order_number: ["order_number"],
    kind: ["kind", "coalesce(s.kind, 'booking')"],
    original_line_id: ["original_line", "o.id"],
    booking_date: ["booking_date"],
    account_id: ["account", "s.account"],
    opportunity_id: ["opportunity", "op.id"],
    product_id: ["product", "s.product"],
    owner_id: ["owner", "s.owner"],
    quantity: ["quantity", "coalesce(s.quantity, 1)"],
    unit_price: ["unit_price"],
    amount: ["amount"],
    currency: ["currency"],
    service_start: ["service_start"],
    service_end: ["service_end"],
    cost: ["cost"],
    paid_amount: ["paid_amount"],
    paid_on: ["paid_on"],
    measures: ["measures", "s.measures::jsonb"],
  });
  if (context.present.has("arr"))
    columns.measures = `case when s.arr is null then ${columns.measures ?? "null"}
      else coalesce(${columns.measures ?? "null"}, '{}'::jsonb) || jsonb_build_object('arr', s.arr::text) end`;
  const joins = [
    context.present.has("original_line")
      ? "left join order_lines o on o.workspace_id = $1 and o.external_id = s.original_line"
      : "",
    context.present.has("opportunity")
      ? "left join opportunities op on op.workspace_id = $1 and op.external_id = s.opportunity"
      : "",
  ].join(" ");
  return mergeRows(context, { table: "order_lines", columns, insertOnly: { id }, joins, where, allNew });
}
