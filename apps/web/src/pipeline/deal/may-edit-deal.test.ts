import { describe, expect, it } from "vitest";
import { mayEditDeal } from "./may-edit-deal";

const person = { id: "p1", fullName: "Rep One", jobRole: "ae" };
const open = { ownerId: "p1", status: "open" as const };

describe("mayEditDeal", () => {
  it("the owning rep may", () => expect(mayEditDeal({ role: "rep", person }, open)).toBe(true));
  it("another rep may not", () =>
    expect(mayEditDeal({ role: "rep", person }, { ...open, ownerId: "p2" })).toBe(false));
  it("admin and managers get the form (the server checks the tree)", () => {
    expect(mayEditDeal({ role: "admin", person: null }, open)).toBe(true);
    expect(mayEditDeal({ role: "manager", person }, { ...open, ownerId: "p9" })).toBe(true);
  });
  it("viewers, marketing and comp admins read only", () => {
    for (const role of ["viewer", "marketing", "comp_admin"] as const)
      expect(mayEditDeal({ role, person: null }, open), role).toBe(false);
  });
  it("a won deal is not edited", () =>
    expect(mayEditDeal({ role: "admin", person: null }, { ...open, status: "won" })).toBe(false));
});
