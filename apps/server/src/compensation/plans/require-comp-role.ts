import { type Viewer, workspaceWideRoles } from "../../auth/viewer";
import { problems } from "../../http/problem";

/** Plans, assignments and runs are changed by admins and compensation admins only. */
export function requireCompWriter(viewer: Viewer): Viewer {
  if (viewer.role !== "admin" && viewer.role !== "comp_admin")
    throw problems.forbidden("Only admins and compensation admins may change compensation plans and runs.");
  return viewer;
}

/** Plan definitions and assignments are read by the workspace-wide roles (admin, finance, HR, marketing, viewer). */
export function requireCompReader(viewer: Viewer): Viewer {
  if (!workspaceWideRoles.includes(viewer.role))
    throw problems.forbidden("Compensation plans and assignments are visible to workspace-wide roles only.");
  return viewer;
}
