import type { FieldSpec } from "../spec";

export const externalIdField = (synonyms: readonly string[], fallback?: string): FieldSpec => ({
  name: "external_id",
  type: "text",
  required: true,
  ...(fallback ? { fallback } : {}),
  synonyms: [...synonyms, "external id", "id", "ref", "reference", "code"],
  description: fallback
    ? `Identifier in the source system; when the file has none, the ${fallback} is used (so names must then be unique).`
    : "Identifier in the source system; rows are upserted by it, so a re-import updates instead of duplicating.",
});

export const currencyField = (synonyms: readonly string[] = []): FieldSpec => ({
  name: "currency",
  type: "currency",
  synonyms: ["currency", "currency code", "devise", "ccy", ...synonyms],
  description:
    "ISO 4217 code; defaults to the import's currency option, else the workspace's reporting currency.",
});

export const personRef = (name: string, synonyms: readonly string[], description: string): FieldSpec => ({
  name,
  type: "ref",
  ref: "people",
  synonyms,
  description: `${description} (person's external id or full name; the person must exist).`,
});

export const accountRef: FieldSpec = {
  name: "account",
  type: "ref",
  ref: "accounts",
  synonyms: [
    "account name",
    "account id",
    "company",
    "customer",
    "customer name",
    "client",
    "customer id",
    "account external id",
  ],
  description: "The account, by external id or name (must exist).",
};

export const productRef: FieldSpec = {
  name: "product",
  type: "ref",
  ref: "products",
  synonyms: ["product name", "product id", "sku", "product code", "item", "produit"],
  description: "The product, by external id or name (names compared ignoring case, spaces and punctuation).",
};

export const regionRef: FieldSpec = {
  name: "region",
  type: "ref",
  ref: "regions",
  synonyms: ["region name", "region id", "sales region", "territory", "région"],
  description: "The region, by external id or name (must exist).",
};
