import { throwIfIssues } from "../segmentation-input-error";
import type { SegmentationAccount, SegmentationConfig, SegmentationContext } from "../types";
import { checkSegmentationAccounts } from "./check-segmentation-accounts";
import { checkSegmentationConfig } from "./check-segmentation-config";

/** Checks config, accounts and context together and throws every issue at once; nothing runs on bad input. */
export function checkInput(
  accounts: readonly SegmentationAccount[],
  config: SegmentationConfig,
  context: SegmentationContext,
  kind: SegmentationConfig["kind"],
): void {
  const issues = checkSegmentationConfig(config);
  if (issues.length === 0 && config.kind !== kind) {
    issues.push({
      code: "invalid",
      field: "kind",
      message: `kind: expected "${kind}", got "${config.kind}"`,
    });
  }
  issues.push(...checkSegmentationAccounts(accounts, context));
  throwIfIssues(issues);
}
