import "reflect-metadata";
import { type MikroORM } from "@mikro-orm/postgresql";
import { openMainOrm, StaffSession, StaffUser } from "@momentum/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sessionIdFromToken } from "./session-token";
import { signInStaff, STAFF_SIGN_IN_FAILED_MESSAGE } from "./staff-sign-in.service";
import { createTestStaffAccount, refusalOf, TEST_BCRYPT_COST } from "./staff.test-support";

let orm: MikroORM;
beforeAll(async () => {
  orm = await openMainOrm(process.env.DATABASE_URL!);
});
afterAll(() => orm?.close());

const options = {
  bcryptCost: TEST_BCRYPT_COST,
  lifetime: { days: 30 },
  ip: "203.0.113.7",
  userAgent: "vitest",
};

async function signIn(email: string, password: string, bcryptCost = TEST_BCRYPT_COST) {
  const em = orm.em.fork();
  const result = await signInStaff(em, { email, password }, { ...options, bcryptCost });
  await em.flush();
  return result;
}

describe("staff sign-in", () => {
  it("opens a session stored under the token's hash, whatever the e-mail's case, and records the sign-in time", async () => {
    const { staffUser, password } = await createTestStaffAccount(orm.em.fork());
    const before = Date.now();

    const { token, session } = await signIn(staffUser.email.toUpperCase(), password);

    const stored = await orm.em.fork().findOneOrFail(StaffSession, { id: sessionIdFromToken(token) });
    expect(stored.id).toBe(session.id);
    expect(stored.id).not.toBe(token);
    expect(stored).toMatchObject({ ip: "203.0.113.7", userAgent: "vitest" });
    const daysValid = (stored.expiresAt.getTime() - before) / 86_400_000;
    expect(daysValid).toBeCloseTo(30, 2);
    const signedIn = await orm.em.fork().findOneOrFail(StaffUser, { id: staffUser.id });
    expect(signedIn.lastLoginAt?.getTime()).toBeGreaterThanOrEqual(before - 1000);
  });

  it("refuses a wrong password, an unknown e-mail and a deactivated account with one and the same error", async () => {
    const { staffUser, password } = await createTestStaffAccount(orm.em.fork());
    const { staffUser: deactivated, password: deactivatedPassword } = await createTestStaffAccount(
      orm.em.fork(),
    );
    await orm.em.fork().nativeUpdate(StaffUser, { id: deactivated.id }, { isActive: false });

    const errors = await Promise.all([
      refusalOf(signIn(staffUser.email, `${password}!`)),
      refusalOf(signIn("nobody@momentum.test", password)),
      refusalOf(signIn(deactivated.email, deactivatedPassword)),
    ]);
    for (const error of errors) {
      expect({ code: error.code, message: error.message }).toEqual({
        code: "UNAUTHENTICATED",
        message: STAFF_SIGN_IN_FAILED_MESSAGE,
      });
    }
    expect(await orm.em.fork().count(StaffSession, { staffUser: [staffUser.id, deactivated.id] })).toBe(0);
  });

  it("refuses a blank e-mail or password as INVALID_INPUT before looking anything up", async () => {
    const error = await refusalOf(signIn("", ""));
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.details.fields?.map((field) => field.field)).toEqual(["input.email", "input.password"]);
  });
});
