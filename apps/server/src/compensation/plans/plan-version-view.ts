import type { PlanDefinition } from "@attain/engine";
import type { PlanVersionSummary, PlanVersionView } from "./schemas";

/** A plan version row joined with its plan, as the database gives it. */
export type PlanVersionRow = {
  id: string;
  planId: string;
  key: string;
  name: string;
  version: number;
  status: "draft" | "published" | "retired";
  definition: unknown;
  effectiveFrom: string;
  effectiveTo: string | null;
  createdAt: Date;
  createdBy: string | null;
  publishedAt: Date | null;
  publishedBy: string | null;
};

/** The API's view of a version: its dates and what the definition holds, without the definition itself. */
export function planVersionSummaryOf(row: PlanVersionRow): PlanVersionSummary {
  const definition = row.definition as Partial<PlanDefinition>;
  return {
    id: row.id,
    planId: row.planId,
    key: row.key,
    name: typeof definition.name === "string" ? definition.name : row.name,
    version: row.version,
    status: row.status,
    effectiveFrom: row.effectiveFrom,
    effectiveTo: row.effectiveTo,
    currency: typeof definition.currency === "string" ? definition.currency : "",
    period: typeof definition.period === "string" ? definition.period : "",
    componentCount: Array.isArray(definition.components) ? definition.components.length : 0,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    publishedBy: row.publishedBy,
  };
}

export function planVersionViewOf(row: PlanVersionRow): PlanVersionView {
  return { ...planVersionSummaryOf(row), definition: row.definition as Record<string, unknown> };
}
