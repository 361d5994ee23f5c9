import { entitySpecs } from "./entities";
import type { FieldType } from "./spec";
import { type ImportEntity, importEntities } from "./types";

export type ImportFieldInfo = {
  name: string;
  type: FieldType;
  required: boolean;
  synonyms: string[];
  description: string;
  /** Accepted values for enumerations (each with what files may say instead). */
  values?: Record<string, string[]>;
};

export type ImportEntityInfo = { entity: ImportEntity; description: string; fields: ImportFieldInfo[] };

/** What can be imported, each entity with its columns, for `attain import --help` and GET /api/imports/entities. */
export function listImportEntities(): ImportEntityInfo[] {
  return importEntities.map((entity) => {
    const spec = entitySpecs[entity];
    return {
      entity,
      description: spec.description,
      fields: spec.fields.map((field) => ({
        name: field.name,
        type: field.type,
        required: field.required === true,
        synonyms: [...field.synonyms],
        description: field.description,
        ...(field.type === "enum" && field.values
          ? {
              values: Object.fromEntries(Object.entries(field.values).map(([key, list]) => [key, [...list]])),
            }
          : {}),
      })),
    };
  });
}
