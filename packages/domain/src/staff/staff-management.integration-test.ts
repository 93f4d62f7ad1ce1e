import "reflect-metadata";
import { AuditLogEntry, StaffRole, StaffSession, StaffUser } from "@momentum/db";
import { openTestOrms, type TestOrms } from "@momentum/db/testing";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { verifyPassword } from "../identity/password";
import { addStaffMember } from "./add-staff-member.service";
import { listStaffMembers } from "./list-staff-members.service";
import {
  changeStaffRole,
  deactivateStaffAccount,
  reactivateStaffAccount,
} from "./staff-account-change.service";
import { createStaffSession } from "./staff-session.service";
import { createTestStaffAccount, refusalOf, TEST_BCRYPT_COST } from "./staff.test-support";

// The last-admin rule counts every admin in the database: these tests need one no other file writes to.
let orms: TestOrms;
beforeAll(async () => {
  orms = await openTestOrms("staff-management");
});
afterAll(() => orms?.close());

const em = () => orms.main.em.fork();
const actorOf = (staffUser: StaffUser) => ({ staffUserId: staffUser.id, ip: "203.0.113.9" });
const stored = (id: string) => em().findOneOrFail(StaffUser, { id });
const auditOf = (targetId: string) =>
  em().find(AuditLogEntry, { targetId }, { orderBy: { createdAt: "asc" }, populate: ["staffUser"] });

let admin: StaffUser;
beforeEach(async () => {
  await em().nativeDelete(AuditLogEntry, {});
  await em().nativeDelete(StaffUser, {});
  admin = (await createTestStaffAccount(em(), { role: "admin" })).staffUser;
});

describe("adding a staff member", () => {
  it("generates a password when none is given, stores only its hash and audits who added whom", async () => {
    const work = em();
    const added = await addStaffMember(
      work,
      actorOf(admin),
      { email: "New.Analyst@momentum.test", fullName: "Nia Analyst", role: "ANALYST" },
      { bcryptCost: TEST_BCRYPT_COST },
    );
    await work.flush();

    expect(added.staffMember).toMatchObject({
      email: "new.analyst@momentum.test",
      role: StaffRole.Analyst,
      isActive: true,
      lastLoginAt: null,
    });
    expect(added.generatedPassword).toMatch(/^[a-z2-7]{24}$/);
    const staffUser = await stored(added.staffMember.id);
    expect(await verifyPassword(added.generatedPassword!, staffUser.passwordHash)).toBe(true);
    const [entry] = await auditOf(staffUser.id);
    expect(entry).toMatchObject({
      action: "staff.create_account",
      targetType: "staff_user",
      ip: "203.0.113.9",
      details: { email: "new.analyst@momentum.test", role: "analyst" },
      staffUser: { id: admin.id },
    });
  });

  it("returns no generated password when the admin chose one", async () => {
    const added = await addStaffMember(
      em(),
      actorOf(admin),
      { email: "chosen@momentum.test", fullName: "Cho Sen", role: "support", password: "chosen password 1" },
      { bcryptCost: TEST_BCRYPT_COST },
    );
    expect(added.generatedPassword).toBeNull();
  });

  it("refuses a short password and a bad e-mail as INVALID_INPUT naming both fields", async () => {
    const error = await refusalOf(
      addStaffMember(
        em(),
        actorOf(admin),
        { email: "nope", fullName: "X", role: "support", password: "short" },
        { bcryptCost: TEST_BCRYPT_COST },
      ),
    );
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.details.fields?.map((field) => field.field)).toEqual(["input.email", "input.password"]);
  });
});

describe("listing staff", () => {
  it("shows active accounts first, then by name, without password hashes", async () => {
    const { staffUser: zed } = await createTestStaffAccount(em(), { fullName: "Zed Support" });
    const { staffUser: abe } = await createTestStaffAccount(em(), { fullName: "Abe Analyst" });
    await em().nativeUpdate(StaffUser, { id: abe.id }, { isActive: false });

    const listed = await listStaffMembers(em());
    expect(listed.map((member) => member.id)).toEqual([admin.id, zed.id, abe.id]);
    expect(listed[0]).not.toHaveProperty("passwordHash");
  });
});

describe("changing a role", () => {
  it("commits the new role with an audit entry naming the old and new role", async () => {
    const { staffUser } = await createTestStaffAccount(em(), { role: "support" });
    const changed = await changeStaffRole(em(), actorOf(admin), {
      staffUserId: staffUser.id,
      role: "analyst",
    });

    expect(changed.role).toBe(StaffRole.Analyst);
    expect((await stored(staffUser.id)).role).toBe(StaffRole.Analyst);
    const [entry] = await auditOf(staffUser.id);
    expect(entry).toMatchObject({ action: "staff.change_role", details: { from: "support", to: "analyst" } });
  });

  it("writes nothing when the role does not change", async () => {
    const { staffUser } = await createTestStaffAccount(em(), { role: "support" });
    await changeStaffRole(em(), actorOf(admin), { staffUserId: staffUser.id, role: "support" });
    expect(await auditOf(staffUser.id)).toEqual([]);
  });

  it("refuses to demote the last active admin (CONFLICT) and oneself (FORBIDDEN), changing nothing", async () => {
    const { staffUser: other } = await createTestStaffAccount(em(), { role: "admin" });
    await deactivateStaffAccount(em(), actorOf(admin), { staffUserId: other.id });

    const ownDemotion = await refusalOf(
      changeStaffRole(em(), actorOf(admin), { staffUserId: admin.id, role: "support" }),
    );
    expect(ownDemotion.code).toBe("FORBIDDEN");
    // A deactivated admin cannot act, but the rule must hold whoever asks.
    const lastAdmin = await refusalOf(
      changeStaffRole(em(), actorOf(other), { staffUserId: admin.id, role: "support" }),
    );
    expect(lastAdmin.code).toBe("CONFLICT");
    expect((await stored(admin.id)).role).toBe(StaffRole.Admin);
    expect(await auditOf(admin.id)).toEqual([]);
  });

  it("lets only one of two admins demoting each other at the same moment succeed", async () => {
    const { staffUser: other } = await createTestStaffAccount(em(), { role: "admin" });
    const outcomes = await Promise.allSettled([
      changeStaffRole(em(), actorOf(admin), { staffUserId: other.id, role: "support" }),
      changeStaffRole(em(), actorOf(other), { staffUserId: admin.id, role: "support" }),
    ]);

    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await em().count(StaffUser, { role: StaffRole.Admin, isActive: true })).toBe(1);
  });

  it.each([
    [
      "an unknown account",
      { staffUserId: "00000000-0000-4000-8000-000000000000", role: "support" },
      "NOT_FOUND",
    ],
    ["a malformed id", { staffUserId: "1; drop table", role: "support" }, "INVALID_INPUT"],
    [
      "an unknown role",
      { staffUserId: "00000000-0000-4000-8000-000000000000", role: "owner" },
      "INVALID_INPUT",
    ],
  ])("refuses %s", async (_case, input, code) => {
    expect((await refusalOf(changeStaffRole(em(), actorOf(admin), input))).code).toBe(code);
  });
});

describe("deactivating and reactivating", () => {
  it("deactivation ends every session of that person at once and is audited with how many", async () => {
    const { staffUser } = await createTestStaffAccount(em(), { role: "support" });
    const work = em();
    const target = await work.findOneOrFail(StaffUser, { id: staffUser.id });
    createStaffSession(work, target, { lifetime: { days: 30 } });
    createStaffSession(work, target, { lifetime: { days: 30 } });
    createStaffSession(work, admin, { lifetime: { days: 30 } });
    await work.flush();

    const deactivated = await deactivateStaffAccount(em(), actorOf(admin), { staffUserId: staffUser.id });

    expect(deactivated.isActive).toBe(false);
    expect(await em().count(StaffSession, { staffUser: staffUser.id })).toBe(0);
    expect(await em().count(StaffSession, { staffUser: admin.id })).toBe(1);
    const [entry] = await auditOf(staffUser.id);
    expect(entry).toMatchObject({ action: "staff.deactivate_account", details: { sessionsEnded: 2 } });
  });

  it("reactivation lets the person in again and is audited", async () => {
    const { staffUser } = await createTestStaffAccount(em(), { role: "analyst" });
    await deactivateStaffAccount(em(), actorOf(admin), { staffUserId: staffUser.id });
    const reactivated = await reactivateStaffAccount(em(), actorOf(admin), { staffUserId: staffUser.id });

    expect(reactivated.isActive).toBe(true);
    expect((await auditOf(staffUser.id)).map((entry) => entry.action)).toEqual([
      "staff.deactivate_account",
      "staff.reactivate_account",
    ]);
  });

  it("refuses to deactivate oneself, even with another admin around", async () => {
    await createTestStaffAccount(em(), { role: "admin" });
    const error = await refusalOf(deactivateStaffAccount(em(), actorOf(admin), { staffUserId: admin.id }));
    expect(error.code).toBe("FORBIDDEN");
    expect((await stored(admin.id)).isActive).toBe(true);
  });
});
