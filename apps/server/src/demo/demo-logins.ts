import type { Role } from "@attain/db";
import type { DemoCast } from "./generate-demo-company";

/** The password of every demo sign-in (printed in the terminal and the README; a demo is not a secret). */
export const DEMO_PASSWORD = "attain-demo";

export type DemoLogin = { email: string; role: Role; cast: keyof DemoCast; description: string };

const logins: readonly Omit<DemoLogin, "email">[] = [
  {
    role: "admin",
    cast: "admin",
    description: "Director of Revenue Operations: everything in the workspace",
  },
  { role: "comp_admin", cast: "finance", description: "Sales compensation analyst (finance)" },
  { role: "hr", cast: "hr", description: "HR business partner for sales" },
  { role: "manager", cast: "manager", description: "First-line regional sales manager and their team" },
  { role: "manager", cast: "director", description: "Chief Revenue Officer: the whole sales organisation" },
  { role: "rep", cast: "rep", description: "Account executive in manager@'s team" },
  { role: "rep", cast: "rep2", description: "Account executive in another region" },
  { role: "marketing", cast: "marketing", description: "Demand generation manager" },
  { role: "viewer", cast: "viewer", description: "Chief Executive Officer, read-only" },
];

const localPart: Record<keyof DemoCast, string> = {
  admin: "admin",
  finance: "finance",
  hr: "hr",
  manager: "manager",
  director: "director",
  rep: "rep",
  rep2: "rep2",
  marketing: "marketing",
  viewer: "viewer",
};

/**
 * Sign-in emails of a demo workspace: `<role>@demo.attain.dev` for the default slug "demo", `<role>@<slug>.attain.dev`
 * for others (user emails are unique across workspaces, so a second demo needs its own domain).
 */
export function demoLogins(slug = "demo"): DemoLogin[] {
  const domain = `${
    slug
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, "-")
      .replace(/^-+|-+$/g, "") || "demo"
  }.attain.dev`;
  return logins.map((l) => ({ ...l, email: `${localPart[l.cast]}@${domain}` }));
}

/** The sign-ins of the default demo workspace (slug "demo"). */
export const DEMO_LOGINS: readonly DemoLogin[] = demoLogins("demo");
