import type { SegmentationKind } from "@attain/db";
import type { SegmentationConfig } from "@attain/engine";
import type { RunSummary } from "./compute-segmentation";
import type { SegmentationRun, SegmentationSummary } from "./schemas";

export type StoredSegmentation = {
  id: string | null;
  name: string;
  kind: SegmentationKind;
  config: unknown;
  validFrom: string | null;
  asOf: string;
  currency: string;
  summary: RunSummary;
  createdAt: Date | string | null;
};

const isoOf = (at: Date | string | null) => (at === null ? null : new Date(at).toISOString());

/** A run's list entry: counts only. `segments` counts the named segments (accounts left unsegmented are not one). */
export function summaryOf(run: StoredSegmentation): SegmentationSummary {
  return {
    id: run.id,
    name: run.name,
    kind: run.kind,
    validFrom: run.validFrom,
    asOf: run.asOf,
    currency: run.currency.trim(),
    accounts: run.summary.accounts,
    segmented: run.summary.segmented,
    segments: run.summary.profiles.length,
    createdAt: isoOf(run.createdAt),
  };
}

/** A run in full: the summary with its config, profiles, cluster summary and warnings. */
export function runOf(run: StoredSegmentation): SegmentationRun {
  return {
    ...summaryOf(run),
    config: run.config as SegmentationConfig as SegmentationRun["config"],
    profiles: run.summary.profiles,
    clusters: run.summary.clusters,
    warnings: run.summary.warnings,
  };
}
