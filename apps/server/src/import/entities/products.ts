import { mergeRows, presentColumns } from "../merge-rows";
import type { EntitySpec } from "../spec";
import { currencyField, externalIdField } from "./common-fields";

export const productsSpec: EntitySpec = {
  entity: "products",
  description: "What is sold. Without an id column, the product name is the external id.",
  identity: ["external_id"],
  fields: [
    externalIdField(["product id", "sku", "product code", "item code"], "name"),
    {
      name: "name",
      type: "text",
      required: true,
      synonyms: ["product", "product name", "item", "produit", "libellé", "nom", "désignation"],
      description: "Product name.",
    },
    {
      name: "family",
      type: "text",
      synonyms: ["series", "product family", "product line", "category", "gamme", "famille"],
      description: "Product family or series.",
    },
    {
      name: "list_price",
      type: "decimal",
      synonyms: ["sales price", "price", "unit price", "prix", "msrp"],
      description: "List price.",
    },
    currencyField(),
    {
      name: "recurring",
      type: "boolean",
      synonyms: ["subscription", "is recurring", "récurrent"],
      description: "Subscription (counts towards ARR): yes/no.",
    },
  ],
  prepare(row, context) {
    if (row.list_price !== null && row.currency === null) row.currency = context.currency;
    return null;
  },
  merge: (context) =>
    mergeRows(context, {
      table: "products",
      columns: presentColumns(context, {
        external_id: ["external_id"],
        name: ["name"],
        family: ["family"],
        list_price: ["list_price"],
        currency: ["list_price", "s.currency"],
        recurring: ["recurring", "coalesce(s.recurring, false)"],
      }),
    }),
};
