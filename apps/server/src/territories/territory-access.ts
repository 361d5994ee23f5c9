import type { Viewer } from "../auth/viewer";
import { problems } from "../http/problem";
import { isPlanner } from "../planning/planning-access";

/** Territory plans are written by planners (admins and compensation admins), as quota plans are. */
export function requireTerritoryPlanner(viewer: Viewer): Viewer {
  if (!isPlanner(viewer))
    throw problems.forbidden("Only planners (admins and compensation admins) may change territory plans.");
  return viewer;
}

/** Managers, HR and viewers read territory plans; reps and marketing do not. */
export function requireTerritoryReader(viewer: Viewer): Viewer {
  if (viewer.role === "rep" || viewer.role === "marketing")
    throw problems.forbidden("Territory plans are for planners, managers, HR and viewers.");
  return viewer;
}

/** Routing new accounts and leads: every reader, and marketing (lead hand-off). */
export function requireRouter(viewer: Viewer): Viewer {
  if (viewer.role === "rep") throw problems.forbidden("Reps may not route records.");
  return viewer;
}
