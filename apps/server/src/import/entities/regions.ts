import { mergeRows, presentColumns } from "../merge-rows";
import type { EntitySpec } from "../spec";
import { currencyField, externalIdField } from "./common-fields";

export const regionsSpec: EntitySpec = {
  entity: "regions",
  description: "Sales regions. Without an id column, the region name is the external id.",
  identity: ["external_id"],
  fields: [
    externalIdField(["region id", "region code"], "name"),
    {
      name: "name",
      type: "text",
      required: true,
      synonyms: ["region", "region name", "région", "territory"],
      description: "Region name.",
    },
    {
      name: "country",
      type: "country",
      synonyms: ["country code", "pays"],
      description: "Country, when the region is one country.",
    },
    currencyField(),
  ],
  merge: (context) =>
    mergeRows(context, {
      table: "regions",
      columns: presentColumns(context, {
        external_id: ["external_id"],
        name: ["name"],
        country_code: ["country", "s.country"],
        currency: ["currency"],
      }),
    }),
};
