import { StaffRole } from "@momentum/db";
import { describe, expect, it } from "vitest";
import { refusalOfStaffAccountChange, type StaffAccountChange } from "./staff-account-rules";

const actorId = "actor";
const admin = { id: "target", role: StaffRole.Admin, isActive: true };
const analyst = { id: "target", role: StaffRole.Analyst, isActive: true };

const refusalCode = (
  target: typeof admin,
  change: StaffAccountChange,
  otherActiveAdmins: number,
  actor = actorId,
) => refusalOfStaffAccountChange({ actorId: actor, target, change, otherActiveAdmins })?.code ?? "allowed";

describe("staff account rules", () => {
  it.each([
    ["demoting the last active admin", admin, { role: StaffRole.Support }, 0, "CONFLICT"],
    ["deactivating the last active admin", admin, { isActive: false }, 0, "CONFLICT"],
    ["demoting an admin while another is active", admin, { role: StaffRole.Support }, 1, "allowed"],
    ["deactivating an admin while another is active", admin, { isActive: false }, 1, "allowed"],
    ["keeping the last admin an admin", admin, { role: StaffRole.Admin }, 0, "allowed"],
    ["promoting an analyst with no other admin", analyst, { role: StaffRole.Admin }, 0, "allowed"],
    ["deactivating an analyst with no other admin", analyst, { isActive: false }, 0, "allowed"],
    [
      "demoting an admin who is already deactivated",
      { ...admin, isActive: false },
      { role: StaffRole.Analyst },
      0,
      "allowed",
    ],
  ] as const)("%s: %s", (_case, target, change, otherActiveAdmins, expected) => {
    expect(refusalCode(target, change, otherActiveAdmins)).toBe(expected);
  });

  it.each([
    ["demote", { role: StaffRole.Analyst }],
    ["deactivate", { isActive: false }],
  ] as const)("an admin may not %s themselves, even with other admins around", (_verb, change) => {
    expect(refusalCode(admin, change, 5, admin.id)).toBe("FORBIDDEN");
  });

  it("a change that changes nothing about oneself is no refusal", () => {
    expect(refusalCode(admin, { role: StaffRole.Admin }, 0, admin.id)).toBe("allowed");
  });
});
