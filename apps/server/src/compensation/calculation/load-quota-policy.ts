import type { SqlSession } from "@attain/db";

/**
 * How a run turns a stored quota into a person's quota (comp_settings.quota, docs/calculations/quota-proration.md).
 * `proration`: a quota stored for a full period, for someone hired or leaving inside it — `days` (active days ÷
 * days, month by month), `months` (a month counts when active on any day of it) or `none`. `ramp`: null = each
 * person's `ramp_months` (n → k/(n+1) in tenure months 1..n); a list = shares of tenure months 1..n for everyone
 * (`[]` = no ramp). After the schedule a person holds the full quota.
 */
export type QuotaPolicy = { proration: "days" | "months" | "none"; ramp: string[] | null };

export const DEFAULT_QUOTA_POLICY: QuotaPolicy = { proration: "days", ramp: null };

/** The workspace's quota policy: comp_settings.quota over the defaults, field by field. */
export async function loadQuotaPolicy(sql: SqlSession, workspaceId: string): Promise<QuotaPolicy> {
  const [row] = await sql.query<{ quota: Partial<QuotaPolicy> | null }>(
    "select quota from comp_settings where workspace_id = $1",
    [workspaceId],
  );
  return { ...DEFAULT_QUOTA_POLICY, ...row?.quota };
}
