import type { Viewer } from "../../auth/viewer";
import { problems } from "../../http/problem";

/** Compensation administration (runs, workflow steps, adjustments, exports, disputes' answers): comp admins and admins. */
export function requireCompAdmin(viewer: Viewer): Viewer {
  if (viewer.role !== "comp_admin" && viewer.role !== "admin") {
    throw problems.forbidden("Only compensation admins (and admins) may do this.");
  }
  return viewer;
}
