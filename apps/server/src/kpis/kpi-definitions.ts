import { type Db, evaluationTemplates, kpiCustomDefinitions } from "@attain/db";
import {
  expandKpiFamilies,
  type KpiDefinition,
  kpiCatalogue,
  type MeasureDefinition,
  measureDefinitions,
  measureFamilies,
} from "@attain/engine";
import { and, eq, isNull } from "drizzle-orm";
import { loadPipelineConfig } from "../pipeline/load-pipeline-config";
import { customKpiDefinition } from "./custom/custom-kpi-definition";
import { openStages } from "./measure-sources/stage-history";
import type { KpiDefinitionDto } from "./types";

export type KpiFilterName = KpiDefinitionDto["filters"][number];

/** A KPI with what the core needs to compute it: its measures and the filters all of them honour. */
export type KpiEntry = {
  definition: KpiDefinition;
  measures: string[];
  targetMeasures: string[];
  filters: KpiFilterName[];
  /** Some measure has no person dimension: a value only for a workspace-wide scope ("Who sees what"). */
  workspaceOnly: boolean;
};

export type WorkspaceKpis = {
  kpis: Map<string, KpiEntry>;
  /** Every measure name a formula may use in this workspace (family members expanded). */
  knownMeasures: string[];
};

const measuresByKey = new Map(measureDefinitions.map((m) => [m.key, m]));

/** The measure definition of a name, family members included (`deals_reached_stage.propose`). */
export function measureOf(name: string): MeasureDefinition | undefined {
  const dot = name.indexOf(".");
  return measuresByKey.get(dot < 0 ? name : name.slice(0, dot));
}

/** The measure names a formula reads, in order of first use (function names are upper case, so never measures). */
export function formulaMeasures(formula: string): string[] {
  const names = formula.match(/[a-z_][a-z0-9_]*(?:\.[a-z0-9_]+)?/g) ?? [];
  return [...new Set(names.filter((name) => measureOf(name) !== undefined))];
}

const recent = new Map<string, { at: number; kpis: Promise<WorkspaceKpis> }>();
/** How long a workspace's catalogue is reused: stages, templates and custom KPIs change rarely. */
const reuseMs = 5_000;

/**
 * The built-in KPIs, the workspace's families (its stages and criteria) and its custom KPIs; reused for a few seconds
 * (every KPI read needs it before it can look in the response cache), and at once forgotten when this process saves
 * a custom KPI (`forgetWorkspaceKpis`).
 */
export function loadWorkspaceKpis(db: Db, workspaceId: string): Promise<WorkspaceKpis> {
  const hit = recent.get(workspaceId);
  if (hit && Date.now() - hit.at < reuseMs) return hit.kpis;
  const kpis = readWorkspaceKpis(db, workspaceId);
  recent.set(workspaceId, { at: Date.now(), kpis });
  kpis.catch(() => recent.delete(workspaceId));
  if (recent.size > 200) recent.delete(recent.keys().next().value as string);
  return kpis;
}

export function forgetWorkspaceKpis(workspaceId: string): void {
  recent.delete(workspaceId);
}

async function readWorkspaceKpis(db: Db, workspaceId: string): Promise<WorkspaceKpis> {
  const [{ config }, templates, custom] = await Promise.all([
    loadPipelineConfig(db, workspaceId),
    db
      .select({ criteria: evaluationTemplates.criteria })
      .from(evaluationTemplates)
      .where(and(eq(evaluationTemplates.workspaceId, workspaceId), eq(evaluationTemplates.active, true))),
    db
      .select()
      .from(kpiCustomDefinitions)
      .where(and(eq(kpiCustomDefinitions.workspaceId, workspaceId), isNull(kpiCustomDefinitions.archivedAt))),
  ]);
  const stages = openStages(config).map((s) => ({ key: s.key, label: s.name }));
  const criteria = new Map<string, string>();
  for (const t of templates)
    for (const c of t.criteria) if (!criteria.has(c.key)) criteria.set(c.key, c.label);
  const families = expandKpiFamilies({
    // Each open stage but the last: past the last open stage there is only the outcome.
    stages: stages.slice(0, -1),
    criteria: [...criteria].map(([key, label]) => ({ key, label })),
  });
  const customDefinitions = custom.map(customKpiDefinition);
  const kpis = new Map<string, KpiEntry>();
  for (const definition of [...kpiCatalogue, ...families, ...customDefinitions])
    kpis.set(definition.key, entryOf(definition));
  const knownMeasures = [
    ...measureDefinitions.filter((m) => !(m.key in measureFamilies)).map((m) => m.key),
    ...stages.flatMap((s) => [`deals_reached_stage.${s.key}`, `deals_passed_stage.${s.key}`]),
    ...[...criteria.keys()].flatMap((k) => [`evaluation_score_total.${k}`, `evaluation_score_count.${k}`]),
  ];
  return { kpis, knownMeasures };
}

export function entryOf(definition: KpiDefinition): KpiEntry {
  const measures = formulaMeasures(definition.formula);
  const targetMeasures = definition.target ? formulaMeasures(definition.target) : [];
  const dimensional = [...measures, ...targetMeasures]
    .map((m) => measureOf(m))
    .filter((m): m is MeasureDefinition => m !== undefined && m.source !== "calendar");
  const all = (d: MeasureDefinition["dimensions"][number]) =>
    dimensional.length > 0 && dimensional.every((m) => m.dimensions.includes(d));
  const filters: KpiFilterName[] = [];
  if (all("person")) filters.push("team", "region", "person");
  if (all("segment")) filters.push("segment");
  if (all("product")) filters.push("product");
  if (all("channel")) filters.push("channel");
  return {
    definition,
    measures,
    targetMeasures,
    filters,
    workspaceOnly: dimensional.some((m) => !m.dimensions.includes("person")),
  };
}
