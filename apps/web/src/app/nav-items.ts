import type { Role } from "../api/types";

export type NavItemId =
  | "revenue"
  | "myPay"
  | "plans"
  | "assignments"
  | "runs"
  | "periods"
  | "disputes"
  | "exports"
  | "segmentation"
  | "territories"
  | "planning"
  | "myQuota"
  | "pipeline"
  | "forecast"
  | "forecastAccuracy"
  | "dashboards"
  | "kpis"
  | "goals"
  | "evaluations"
  | "feedback";

export type NavGroup = "analytics" | "performance" | "sales" | "planning" | "compensation";

export type NavItem = { id: NavItemId; to: string; group: NavGroup };

export const navItems: readonly NavItem[] = [
  { id: "dashboards", to: "/dashboards", group: "analytics" },
  { id: "revenue", to: "/", group: "analytics" },
  { id: "kpis", to: "/kpis", group: "analytics" },
  { id: "goals", to: "/goals", group: "performance" },
  { id: "evaluations", to: "/evaluations", group: "performance" },
  { id: "feedback", to: "/feedback", group: "performance" },
  { id: "pipeline", to: "/pipeline", group: "sales" },
  { id: "forecast", to: "/forecast", group: "sales" },
  { id: "forecastAccuracy", to: "/forecast/accuracy", group: "sales" },
  { id: "segmentation", to: "/segmentation", group: "planning" },
  { id: "territories", to: "/territories", group: "planning" },
  { id: "planning", to: "/planning", group: "planning" },
  { id: "myQuota", to: "/planning/my-quota", group: "planning" },
  { id: "myPay", to: "/comp/me", group: "compensation" },
  { id: "plans", to: "/comp/plans", group: "compensation" },
  { id: "assignments", to: "/comp/assignments", group: "compensation" },
  { id: "runs", to: "/comp/runs", group: "compensation" },
  { id: "periods", to: "/comp/periods", group: "compensation" },
  { id: "disputes", to: "/comp/disputes", group: "compensation" },
  { id: "exports", to: "/comp/exports", group: "compensation" },
];

const everyone: readonly Role[] = ["admin", "comp_admin", "hr", "manager", "rep", "marketing", "viewer"];
const compAdmins: readonly Role[] = ["admin", "comp_admin"];

/** Who sees which page. The server enforces the same rules on every call; this only keeps the menu honest. */
const access: Record<NavItemId, readonly Role[]> = {
  revenue: everyone,
  myPay: ["rep", "manager"],
  plans: compAdmins,
  assignments: compAdmins,
  runs: [...compAdmins, "manager"],
  periods: [...compAdmins, "manager"],
  disputes: [...compAdmins, "manager", "rep"],
  exports: compAdmins,
  segmentation: [...compAdmins, "manager", "hr", "viewer"],
  territories: [...compAdmins, "manager", "hr", "viewer"],
  planning: [...compAdmins, "manager", "hr", "viewer"],
  myQuota: ["rep"],
  pipeline: [...compAdmins, "manager", "rep", "viewer", "marketing"],
  forecast: [...compAdmins, "manager", "rep", "viewer"],
  forecastAccuracy: [...compAdmins, "manager", "rep", "viewer"],
  dashboards: everyone,
  kpis: everyone,
  goals: everyone,
  evaluations: ["admin", "hr", "manager", "rep", "viewer"],
  feedback: everyone,
};

export function canSee(role: Role, id: NavItemId): boolean {
  return access[id].includes(role);
}

export function navItemsFor(role: Role): NavItem[] {
  return navItems.filter((item) => canSee(role, item.id));
}

/** The menu entry a path belongs to: the longest `to` that prefixes it ("/comp/plans/ae/2" → plans). */
export function activeNavItem(pathname: string): NavItemId | null {
  let best: NavItem | null = null;
  for (const item of navItems) {
    const matches =
      item.to === "/" ? pathname === "/" : pathname === item.to || pathname.startsWith(`${item.to}/`);
    if (matches && (!best || item.to.length > best.to.length)) best = item;
  }
  return best?.id ?? null;
}
