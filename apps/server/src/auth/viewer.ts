import type { Role } from "@attain/db";

/** Who is calling: the signed-in user, their workspace and the person record their data is about. */
export type Viewer = {
  userId: string;
  email: string;
  displayName: string;
  role: Role;
  locale: string;
  personId: string | null;
  workspaceId: string;
  sessionId: string;
};

export type AppEnv = { Variables: { viewer: Viewer | null } };

/** Roles that read the whole workspace's figures. */
export const workspaceWideRoles: readonly Role[] = ["admin", "comp_admin", "hr", "viewer", "marketing"];
