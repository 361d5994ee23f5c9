import { z } from "@hono/zod-openapi";
import type { DuplicatePolicy } from "@attain/engine";
import { isoDate } from "../../http/schemas";
import { shareSchema } from "./share-schema";

const duplicatePolicies = [
  "keep_highest",
  "keep_first_rule",
  "sum",
] as const satisfies readonly DuplicatePolicy[];

/** Effective dates as the engine reads them: `validFrom` inclusive, `validTo` exclusive (null = open). */
const validity = {
  validFrom: isoDate,
  validTo: isoDate.nullable().default(null).openapi({ description: "Exclusive; null = open" }),
};
const validToAfterFrom = {
  check: (v: { validFrom: string; validTo: string | null }) => v.validTo === null || v.validTo > v.validFrom,
  issue: { message: "Must be after validFrom (validTo is exclusive)", path: ["validTo"] },
};

const TerritoryCreditSchema = z
  .object({
    territoryId: z.string().trim().min(1, "Must not be empty").max(200),
    personId: z.string().uuid(),
    share: shareSchema,
    role: z.enum(["direct", "split", "overlay", "team"]),
    ...validity,
  })
  .refine(validToAfterFrom.check, validToAfterFrom.issue)
  .openapi("CompTerritoryCredit");

const RelationshipCreditSchema = z
  .object({
    accountId: z.string().uuid(),
    personId: z.string().uuid(),
    role: z.enum(["overlay", "team"]),
    share: shareSchema,
    ...validity,
  })
  .refine(validToAfterFrom.check, validToAfterFrom.issue)
  .openapi("CompRelationshipCredit");

/** The workspace's crediting rules as stored in comp_settings.crediting, with the engine's CreditingRules field names. */
export const CreditingSettingsSchema = z
  .object({
    owner: z
      .boolean()
      .openapi({ description: "Credit each line's owner (or the deal's split shares) and overlays" }),
    rollup: z
      .object({
        levels: z.union([z.number().int().min(1).max(100), z.literal("all")]),
      })
      .nullable()
      .openapi({ description: "Roll direct and split credit up to this many managers; null = no roll-up" }),
    duplicatePolicy: z.enum(duplicatePolicies),
    territories: z.array(TerritoryCreditSchema).max(10_000).default([]),
    territoryOwners: z.boolean().default(false).openapi({
      description:
        "Credit the published territory plans' owners on their territories' lines (off by default, so owner credit is not doubled)",
    }),
    relationships: z
      .array(RelationshipCreditSchema)
      .max(10_000)
      .default([])
      .openapi({ description: "Named account relationships: extra credit on the account's lines" }),
    team: z.object({ share: shareSchema }).nullable().default(null).openapi({
      description: "Team credit: each member of the owner's team on the line's date gets `share`",
    }),
  })
  .openapi("CompCreditingSettings");

export type CreditingSettings = z.infer<typeof CreditingSettingsSchema>;
