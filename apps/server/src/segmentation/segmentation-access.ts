import type { Viewer } from "../auth/viewer";
import { problems } from "../http/problem";

export { requirePlanner } from "../planning/planning-access";

/** Segmentation and potential are read by planners, managers, HR and viewers; reps and marketing have no access. */
export function requireSegmentationReader(viewer: Viewer): Viewer {
  if (viewer.role === "rep" || viewer.role === "marketing")
    throw problems.forbidden("Segmentation is for planners, managers, HR and viewers.");
  return viewer;
}
