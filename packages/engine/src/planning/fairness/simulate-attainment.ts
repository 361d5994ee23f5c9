import { throwIfIssues } from "../planning-input-error";
import type { FairnessGroupResult, FairnessInput, FairnessRepResult, FairnessResult } from "../types";
import { checkFairnessInput } from "./check-fairness-input";
import { classifyOutlier } from "./classify-outlier";
import { deriveRepModels, type Pooled } from "./derive-rep-models";
import { drawRepAttainments } from "./draw-rep-attainments";
import { nearestRankDeciles } from "./nearest-rank";
import type { RepModel } from "./rep-model";
import { seedRepGenerator } from "./seed-rep-generator";
import { summariseGroup } from "./summarise-group";

const HISTOGRAM_BINS = 21;

function describeModel(pooled: Pooled): string {
  const cv = pooled.cv === null ? "none (no rep has 3 periods)" : pooled.cv.toSignificantDigits(4).toString();
  const mean = pooled.mean === null ? "none" : pooled.mean.toSignificantDigits(6).toString();
  return [
    "Per rep and draw: actual = Σ open deals won (each Bernoulli(probability) × amount)",
    "+ run rate ~ lognormal(mean = max(0, history mean × capacityFactor − Σ amount × probability),",
    `CV = the rep's history CV with ≥ 3 periods, else the pooled CV ${cv}; no history: the pooled mean ${mean});`,
    "attainment = actual ÷ quota; xoroshiro128+ seeded per rep from (seed, rep id).",
  ].join(" ");
}

function repTeams(models: readonly RepModel[]): Map<string, RepModel[]> {
  const teams = new Map<string, RepModel[]>();
  for (const model of models) {
    const team = teams.get(model.teamId);
    if (team) team.push(model);
    else teams.set(model.teamId, [model]);
  }
  return new Map([...teams].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * Monte Carlo fairness check (docs/calculations/fairness-check.md): each rep's predicted attainment distribution
 * from open pipeline and history, the share of reps expected to reach the threshold per team and company, and
 * quotas flagged as out of line. Same input and seed → the same result, bit for bit. Throws PlanningInputError
 * listing every input problem.
 */
export function simulateAttainment(input: FairnessInput): FairnessResult {
  throwIfIssues(checkFairnessInput(input));
  const threshold = Number(input.threshold ?? "0.7");
  const targetShare = Number(input.targetShare ?? "0.7");
  const { draws, seed } = input;
  const { models, pooled } = deriveRepModels(input.reps);
  const excluded = models
    .filter((model) => model.quota === 0)
    .map(({ id, teamId }) => ({ id, teamId, reason: "quota is 0: attainment is undefined" }));
  // One buffer of attainments, re-used rep after rep; teams one at a time, so memory is O(draws), not O(reps × draws).
  const attainments = new Float64Array(draws);
  const histogram = new Int32Array(HISTOGRAM_BINS);
  const teamHits = new Int32Array(draws);
  const companyHits = new Int32Array(draws);
  const byIndex = new Map<number, FairnessRepResult>();
  const teams: FairnessGroupResult[] = [];
  let companyOutliers = 0;
  for (const [teamId, members] of repTeams(models.filter((model) => model.quota > 0))) {
    teamHits.fill(0);
    let outliers = 0;
    for (const model of members) {
      histogram.fill(0);
      const rng = seedRepGenerator(seed, model.id);
      const counts = drawRepAttainments(model, rng, draws, threshold, attainments, teamHits, histogram);
      const distribution = {
        pThreshold: counts.atThreshold / draws,
        pQuota: counts.atQuota / draws,
        mean: counts.sum / draws,
        ...nearestRankDeciles(attainments),
        histogram: Array.from(histogram),
      };
      const outlier = classifyOutlier(distribution, threshold);
      if (outlier) outliers++;
      byIndex.set(model.index, { id: model.id, teamId, ...distribution, outlier, basis: model.basis });
    }
    for (let d = 0; d < draws; d++) companyHits[d] = (companyHits[d] as number) + (teamHits[d] as number);
    teams.push(summariseGroup(teamId, members.length, outliers, teamHits, targetShare));
    companyOutliers += outliers;
  }
  const reps = [...byIndex].sort(([a], [b]) => a - b).map(([, result]) => result);
  const company = summariseGroup("company", reps.length, companyOutliers, companyHits, targetShare);
  return { reps, teams, company, draws, seed, model: describeModel(pooled), excluded };
}
