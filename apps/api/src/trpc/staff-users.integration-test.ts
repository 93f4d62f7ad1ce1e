import "reflect-metadata";
import { randomUUID } from "node:crypto";
import { AuditLogEntry, StaffRole, StaffUser } from "@momentum/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApi } from "../testing/test-api";
import {
  type SignedInStaffMember,
  startIsolatedStaffApi,
  type staffTrpcClient,
} from "./staff-trpc-client.test-support";

// The last-admin rule counts every admin: this file runs the API on databases of its own.
let stopApi: (() => Promise<void>) | undefined;
let api: TestApi;
let client: ReturnType<typeof staffTrpcClient>;
let admin: SignedInStaffMember;
const others = {} as Record<"support" | "analyst", SignedInStaffMember>;

beforeAll(async () => {
  ({ api, client, stop: stopApi } = await startIsolatedStaffApi("staff-users"));
  admin = await client.signInAs("admin");
  others.support = await client.signInAs("support");
  others.analyst = await client.signInAs("analyst");
});
afterAll(() => stopApi?.());

const auditOf = (targetId: string) =>
  api.deps.orm.em.fork().find(AuditLogEntry, { targetId }, { orderBy: { createdAt: "asc" } });

interface StaffMemberReply {
  id: string;
  email: string;
  role: string;
  isActive: boolean;
  lastLoginAt: string | null;
}

async function create(input: Record<string, unknown>) {
  return client.call<{ staffMember: StaffMemberReply; generatedPassword: string | null }>(
    "POST",
    "staffUsers.create",
    input,
    admin.cookie,
  );
}

describe("staff management over tRPC", () => {
  it("an admin lists staff with their last sign-in and never a password hash", async () => {
    const listed = await client.call<StaffMemberReply[]>("GET", "staffUsers.list", undefined, admin.cookie);
    expect(listed.status).toBe(200);
    const me = listed.body.result?.data.find((member) => member.id === admin.staffUserId);
    expect(me).toMatchObject({ email: admin.email, role: "admin", isActive: true });
    expect(Date.parse(me!.lastLoginAt!)).not.toBeNaN();
    expect(JSON.stringify(listed.body)).not.toContain("passwordHash");
  });

  it("an admin creates an account without a password, gets one generated once, and the new person can sign in with it", async () => {
    const email = `new-${randomUUID().slice(0, 8)}@momentum.test`;
    const created = await create({ email, fullName: "Nina New", role: "support" });
    expect(created.status).toBe(200);
    const { staffMember, generatedPassword } = created.body.result!.data;
    expect(staffMember).toMatchObject({ email, role: "support", isActive: true, lastLoginAt: null });

    const signIn = await client.call("POST", "staffAuth.signIn", { email, password: generatedPassword });
    expect(signIn.status).toBe(200);
    expect(await auditOf(staffMember.id)).toEqual([
      expect.objectContaining({ action: "staff.create_account", ip: expect.any(String) }),
    ]);
  });

  it("answers a taken e-mail with 409 and bad fields with 400 naming each", async () => {
    const taken = await create({ email: others.support.email, fullName: "Dup", role: "support" });
    expect(taken.status).toBe(409);
    expect(taken.body.error?.data.fields).toEqual([{ field: "input.email", message: "is taken" }]);

    const invalid = await create({ email: "nope", fullName: "", role: "owner", password: "short" });
    expect(invalid.status).toBe(400);
    expect(
      (invalid.body.error?.data.fields as { field: string }[]).map((field) => field.field).sort(),
    ).toEqual(["input.email", "input.fullName", "input.password", "input.role"]);
  });

  it("an admin changes a role, audited with the old and new role", async () => {
    const { body } = await create({
      email: `role-${randomUUID().slice(0, 8)}@momentum.test`,
      fullName: "Rolf Role",
      role: "support",
    });
    const id = body.result!.data.staffMember.id;
    const changed = await client.call<StaffMemberReply>(
      "POST",
      "staffUsers.changeRole",
      { staffUserId: id, role: "analyst" },
      admin.cookie,
    );
    expect(changed.body.result?.data).toMatchObject({ id, role: "analyst" });
    expect((await auditOf(id)).at(-1)).toMatchObject({
      action: "staff.change_role",
      details: { from: "support", to: "analyst" },
    });
  });

  it("deactivation ends the person's sessions at once; reactivation lets them sign in again; both audited", async () => {
    const victim = await client.signInAs("support");
    expect(
      (await client.call("GET", "staffAuth.me", undefined, victim.cookie)).body.result?.data,
    ).not.toBeNull();

    const deactivated = await client.call<StaffMemberReply>(
      "POST",
      "staffUsers.deactivate",
      { staffUserId: victim.staffUserId },
      admin.cookie,
    );
    expect(deactivated.body.result?.data.isActive).toBe(false);
    expect((await client.call("GET", "staffAuth.me", undefined, victim.cookie)).body.result?.data).toBeNull();
    expect((await client.call("GET", "overview.counts", undefined, victim.cookie)).status).toBe(401);

    const reactivated = await client.call<StaffMemberReply>(
      "POST",
      "staffUsers.reactivate",
      { staffUserId: victim.staffUserId },
      admin.cookie,
    );
    expect(reactivated.body.result?.data.isActive).toBe(true);
    expect((await auditOf(victim.staffUserId)).map((entry) => entry.action)).toEqual([
      "staff.deactivate_account",
      "staff.reactivate_account",
    ]);
  });

  it.each([
    ["demote", "staffUsers.changeRole", { role: "support" }],
    ["deactivate", "staffUsers.deactivate", {}],
  ] as const)("refuses an admin who tries to %s themselves with 403", async (_verb, path, extra) => {
    const reply = await client.call("POST", path, { staffUserId: admin.staffUserId, ...extra }, admin.cookie);
    expect(reply.status).toBe(403);
    expect(reply.body.error?.message).toBe("You cannot change your own role or deactivate yourself");
  });

  it("keeps one active admin when the last two demote each other at the same moment (409 for one of them)", async () => {
    const em = api.deps.orm.em.fork();
    const second = await client.signInAs("admin");
    const replies = await Promise.all([
      client.call(
        "POST",
        "staffUsers.changeRole",
        { staffUserId: second.staffUserId, role: "analyst" },
        admin.cookie,
      ),
      client.call(
        "POST",
        "staffUsers.changeRole",
        { staffUserId: admin.staffUserId, role: "analyst" },
        second.cookie,
      ),
    ]);

    expect(replies.map((reply) => reply.status).sort()).toEqual([200, 409]);
    expect(replies.find((reply) => reply.status === 409)?.body.error?.message).toBe(
      "The last active admin cannot be demoted or deactivated",
    );
    expect(await em.count(StaffUser, { role: StaffRole.Admin, isActive: true })).toBe(1);
    // Whoever lost the race is an analyst now; restore the first admin for the tests that follow.
    const adminRow = await em.findOneOrFail(StaffUser, { id: admin.staffUserId });
    if (adminRow.role !== StaffRole.Admin)
      await em.nativeUpdate(StaffUser, { id: admin.staffUserId }, { role: StaffRole.Admin });
  });

  it("answers an unknown account with 404 and a malformed id with 400", async () => {
    const unknown = await client.call(
      "POST",
      "staffUsers.deactivate",
      { staffUserId: randomUUID() },
      admin.cookie,
    );
    expect(unknown.status).toBe(404);
    const malformed = await client.call("POST", "staffUsers.deactivate", { staffUserId: "42" }, admin.cookie);
    expect(malformed.status).toBe(400);
    expect(malformed.body.error?.data.fields).toEqual([
      expect.objectContaining({ field: "input.staffUserId" }),
    ]);
  });

  const everyProcedure = [
    ["GET", "staffUsers.list", undefined],
    ["POST", "staffUsers.create", { email: "x@momentum.test", fullName: "X", role: "admin" }],
    ["POST", "staffUsers.changeRole", { staffUserId: randomUUID(), role: "admin" }],
    ["POST", "staffUsers.deactivate", { staffUserId: randomUUID() }],
    ["POST", "staffUsers.reactivate", { staffUserId: randomUUID() }],
  ] as const;

  it.each(
    everyProcedure.flatMap((call) =>
      (["support", "analyst"] as const).map((role) => [role, ...call] as const),
    ),
  )("refuses a %s on %s %s with 403 and writes nothing", async (role, method, path, input) => {
    const auditBefore = await api.deps.orm.em.fork().count(AuditLogEntry, {});
    const reply = await client.call(method, path, input, others[role].cookie);
    expect(reply.status).toBe(403);
    expect(reply.body.error?.data).toMatchObject({ code: "FORBIDDEN" });
    expect(await api.deps.orm.em.fork().count(AuditLogEntry, {})).toBe(auditBefore);
  });

  it.each(everyProcedure)(
    "refuses a visitor without a session on %s %s with 401",
    async (method, path, input) => {
      expect((await client.call(method, path, input)).status).toBe(401);
    },
  );
});
