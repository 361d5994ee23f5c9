import type { Db } from "@attain/db";
import { measureDefinitions } from "@attain/engine";
import { Decimal } from "decimal.js";
import type { Viewer } from "../auth/viewer";
import { loadPipelineConfig } from "../pipeline/load-pipeline-config";
import { computeMeasureValues } from "./compute-measure-values";
import { kpiResponseCache } from "./kpi-response-cache";
import { leadCohortFunnel } from "./lead-cohort-funnel";
import { openStages } from "./measure-sources/stage-history";
import { refreshKpiFacts } from "./refresh-kpi-facts";
import { resolveKpiRequest } from "./resolve-kpi-request";
import type { KpiFunnelQuery, KpiFunnelResponse } from "./types";

type Step = { key: string; label: string; count: number; medianDays: string | null; drillKey: string };

const labelOf = (measure: string) => measureDefinitions.find((m) => m.key === measure)?.label ?? measure;
const salesSteps = ["visitors", "new_contacts", "mqls", "sqls", "opportunities_created", "deals_won"];

/**
 * The three funnels (docs/kpis-api.md): sales = counts of the period's flow from visitors to won deals; marketing =
 * the cohort of leads created in the period and how far they went; stages = deals closed in the period by the
 * furthest stage reached, then won.
 */
export async function getKpiFunnel(
  db: Db,
  viewer: Viewer,
  today: string,
  query: KpiFunnelQuery,
): Promise<KpiFunnelResponse> {
  const [version, resolved] = await Promise.all([
    refreshKpiFacts(db, viewer.workspaceId),
    resolveKpiRequest(db, viewer, today, query),
  ]);
  const key = JSON.stringify([
    "funnel",
    viewer.workspaceId,
    version,
    resolved.request,
    resolved.context,
    query.funnel,
  ]);
  return kpiResponseCache.get(key, async () => {
    const { request } = resolved;
    let steps: Step[];
    if (query.funnel === "sales") {
      const [values] = await computeMeasureValues(db, request, salesSteps, [request]);
      steps = salesSteps.map((m) => ({
        key: m,
        label: labelOf(m),
        count: Number(values?.[m] ?? 0),
        medianDays: null,
        drillKey: m,
      }));
    } else if (query.funnel === "marketing") {
      steps = (await leadCohortFunnel(db, request)).map((s) => ({
        ...s,
        label: labelOf(s.key),
        drillKey: s.key,
      }));
    } else {
      const { config } = await loadPipelineConfig(db, request.workspaceId);
      const stages = openStages(config);
      const measures = [...stages.map((s) => `deals_reached_stage.${s.key}`), "deals_won"];
      const [values] = await computeMeasureValues(db, request, measures, [request]);
      steps = [
        ...stages.map((s) => ({
          key: s.key,
          label: s.name,
          count: Number(values?.[`deals_reached_stage.${s.key}`] ?? 0),
          medianDays: null,
          drillKey: `deals_reached_stage.${s.key}`,
        })),
        {
          key: "won",
          label: labelOf("deals_won"),
          count: Number(values?.deals_won ?? 0),
          medianDays: null,
          drillKey: "deals_won",
        },
      ];
    }
    return {
      ...resolved.context,
      version,
      funnel: query.funnel,
      steps: steps.map((step, i) => {
        const before = i === 0 ? 0 : steps[i - 1]!.count;
        return {
          ...step,
          conversion:
            i === 0 || before === 0
              ? null
              : new Decimal(step.count).div(before).toDecimalPlaces(4).toFixed(4),
        };
      }),
    };
  });
}
