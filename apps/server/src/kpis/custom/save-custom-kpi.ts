import { type Db, kpiCustomDefinitions } from "@attain/db";
import { and, eq, isNull } from "drizzle-orm";
import type { Viewer } from "../../auth/viewer";
import { ApiError, problems } from "../../http/problem";
import { toKpiDefinitionDto } from "../get-kpi-catalogue";
import { entryOf, forgetWorkspaceKpis } from "../kpi-definitions";
import type { KpiDefinitionDto } from "../types";
import { checkCustomKpiFormula } from "./check-custom-kpi-formula";
import { customKpiDefinition } from "./custom-kpi-definition";

export type CustomKpiInput = {
  key?: string | undefined;
  name: string;
  description: string;
  formula: string;
  unit: KpiDefinitionDto["unit"];
  direction: KpiDefinitionDto["direction"];
  owner: string;
};

/** Roles that may define the workspace's own KPIs. */
export const customKpiWriters = ["admin", "comp_admin", "marketing", "manager"] as const;

/**
 * Creates a custom KPI (`existingKey` undefined) or updates one, after checking its formula: an invalid formula is a
 * 422 naming `formula` with the engine's message and offsets, a taken key a 422 naming `key`.
 */
export async function saveCustomKpi(
  db: Db,
  viewer: Viewer,
  input: CustomKpiInput,
  existingKey?: string,
): Promise<KpiDefinitionDto> {
  if (!(customKpiWriters as readonly string[]).includes(viewer.role))
    throw problems.forbidden("Only admins, compensation admins, marketing and managers define KPIs.");
  const ws = viewer.workspaceId;
  const check = await checkCustomKpiFormula(db, ws, input.formula);
  if (!check.ok) {
    throw new ApiError(
      422,
      "Invalid formula",
      check.errors.map((e) => e.message).join("; "),
      check.errors.map((e) => ({ path: "formula", message: `${e.message} (at ${e.start}–${e.end})` })),
      { formulaErrors: check.errors },
    );
  }
  const values = {
    name: input.name,
    description: input.description,
    formula: input.formula,
    unit: input.unit,
    direction: input.direction,
    owner: input.owner,
  };
  if (existingKey !== undefined) {
    const [row] = await db
      .update(kpiCustomDefinitions)
      .set({ ...values, updatedAt: new Date() })
      .where(
        and(
          eq(kpiCustomDefinitions.workspaceId, ws),
          eq(kpiCustomDefinitions.key, existingKey),
          isNull(kpiCustomDefinitions.archivedAt),
        ),
      )
      .returning();
    if (!row) throw problems.notFound("The custom KPI");
    forgetWorkspaceKpis(ws);
    return toKpiDefinitionDto(entryOf(customKpiDefinition(row)));
  }
  const key = input.key ?? `custom.${slug(input.name)}`;
  if (!/^custom\.[a-z0-9_]+$/.test(key))
    throw new ApiError(422, "Invalid key", undefined, [
      {
        path: "key",
        message: "A custom KPI key is `custom.` then lower-case letters, digits and underscores",
      },
    ]);
  const [row] = await db
    .insert(kpiCustomDefinitions)
    .values({ workspaceId: ws, key, ...values, createdBy: viewer.userId })
    .onConflictDoNothing()
    .returning();
  if (!row)
    throw new ApiError(422, "Key taken", undefined, [
      { path: "key", message: `The key ${key} is already used` },
    ]);
  forgetWorkspaceKpis(ws);
  return toKpiDefinitionDto(entryOf(customKpiDefinition(row)));
}

function slug(name: string): string {
  return (
    name
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "_")
      .replace(/^_+|_+$/g, "") || "kpi"
  );
}
