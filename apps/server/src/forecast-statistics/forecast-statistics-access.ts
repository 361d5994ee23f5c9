import type { Viewer } from "../auth/viewer";
import { problems } from "../http/problem";

/** Training a model is a planning act: admins and compensation admins. */
export function requireModelTrainer(viewer: Viewer): Viewer {
  if (viewer.role !== "admin" && viewer.role !== "comp_admin")
    throw problems.forbidden("Only admins and compensation admins may train the win-probability model.");
  return viewer;
}

/** Forecasts are not for marketing or HR (docs/forecasting-api.md, "Who sees what"). */
export function requireForecastReader(viewer: Viewer): Viewer {
  if (viewer.role === "marketing" || viewer.role === "hr")
    throw problems.forbidden("Forecasts are for sellers, managers, admins and viewers.");
  return viewer;
}
