import { describe, expect, it } from "vitest";
import { activeNavItem, canSee, navItemsFor } from "./nav-items";

const ids = (role: Parameters<typeof navItemsFor>[0]) => navItemsFor(role).map((item) => item.id);

describe("navItemsFor", () => {
  it("a rep sees dashboards, revenue, KPIs, goals, evaluations, feedback, pipeline, forecast, My quota, My pay and Disputes", () =>
    expect(ids("rep")).toEqual([
      "dashboards",
      "revenue",
      "kpis",
      "goals",
      "evaluations",
      "feedback",
      "pipeline",
      "forecast",
      "forecastAccuracy",
      "myQuota",
      "myPay",
      "disputes",
    ]));
  it("a manager adds planning, team results and approvals", () =>
    expect(ids("manager")).toEqual([
      "dashboards",
      "revenue",
      "kpis",
      "goals",
      "evaluations",
      "feedback",
      "pipeline",
      "forecast",
      "forecastAccuracy",
      "segmentation",
      "territories",
      "planning",
      "myPay",
      "runs",
      "periods",
      "disputes",
    ]));
  it("a comp admin sees every compensation page but My pay, and no evaluations", () =>
    expect(ids("comp_admin")).toEqual([
      "dashboards",
      "revenue",
      "kpis",
      "goals",
      "feedback",
      "pipeline",
      "forecast",
      "forecastAccuracy",
      "segmentation",
      "territories",
      "planning",
      "plans",
      "assignments",
      "runs",
      "periods",
      "disputes",
      "exports",
    ]));
  it("admin = comp admin, and evaluations", () =>
    expect(ids("admin")).toEqual(
      ids("comp_admin").flatMap((id) => (id === "goals" ? ["goals", "evaluations"] : [id])),
    ));
  it("a viewer sees revenue, pipeline, forecast and planning", () =>
    expect(ids("viewer")).toEqual([
      "dashboards",
      "revenue",
      "kpis",
      "goals",
      "evaluations",
      "feedback",
      "pipeline",
      "forecast",
      "forecastAccuracy",
      "segmentation",
      "territories",
      "planning",
    ]));
  it("HR sees revenue and planning", () =>
    expect(ids("hr")).toEqual([
      "dashboards",
      "revenue",
      "kpis",
      "goals",
      "evaluations",
      "feedback",
      "segmentation",
      "territories",
      "planning",
    ]));
  it("marketing may not open planning", () => expect(canSee("marketing", "planning")).toBe(false));
  it("marketing sees the pipeline but not forecast calls", () => {
    expect(canSee("marketing", "pipeline")).toBe(true);
    expect(canSee("marketing", "forecast")).toBe(false);
  });
  it("a rep may not open plans", () => expect(canSee("rep", "plans")).toBe(false));
});

describe("activeNavItem", () => {
  it("/ → revenue", () => expect(activeNavItem("/")).toBe("revenue"));
  it("/comp/plans/ae-2026/2 → plans", () => expect(activeNavItem("/comp/plans/ae-2026/2")).toBe("plans"));
  it("/comp/runs → runs", () => expect(activeNavItem("/comp/runs")).toBe("runs"));
  it("/forecast/accuracy → forecastAccuracy; /pipeline/deals/x → pipeline", () => {
    expect(activeNavItem("/forecast/accuracy")).toBe("forecastAccuracy");
    expect(activeNavItem("/forecast")).toBe("forecast");
    expect(activeNavItem("/pipeline/deals/x")).toBe("pipeline");
  });
  it("/comp/plansx is not plans", () => expect(activeNavItem("/comp/plansx")).toBeNull());
  it("/planning/<id> → planning; /planning/my-quota → myQuota", () => {
    expect(activeNavItem("/planning/3f2a")).toBe("planning");
    expect(activeNavItem("/planning/my-quota")).toBe("myQuota");
  });
});
