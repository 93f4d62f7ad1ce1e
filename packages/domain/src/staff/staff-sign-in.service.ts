import type { EntityManager } from "@mikro-orm/core";
import { StaffUser } from "@momentum/db";
import { unauthenticated } from "../errors/domain-error";
import { parseInput } from "../errors/zod-fields";
import { dummyPasswordHash, verifyPassword } from "../identity/password";
import { type SignInThrottle, takePasswordAttempt } from "../rate-limits/sign-in-throttle";
import { type StaffSignInInput, staffSignInInputSchema } from "./staff-account.schema";
import { createStaffSession, type StaffSessionOptions } from "./staff-session.service";

export const STAFF_SIGN_IN_FAILED_MESSAGE = "E-mail or password is incorrect";

/**
 * Checks the credentials and opens a session (added to the unit of work; the caller flushes).
 * An unknown e-mail, a wrong password and a deactivated account fail alike and take as long: a bcrypt
 * comparison runs every time, against a dummy hash when there is no account.
 */
export async function signInStaff(
  em: EntityManager,
  input: StaffSignInInput,
  options: StaffSessionOptions & {
    bcryptCost: number;
    ip?: string | null;
    userAgent?: string | null;
    throttle?: SignInThrottle;
  },
) {
  const { email, password } = parseInput(staffSignInInputSchema, input, "input");
  const attempt = await takePasswordAttempt(options.throttle, `staff:${email}`, options.ip, {
    isSignIn: true,
  });
  const staffUser = await em.findOne(StaffUser, { email });
  const passwordHash = staffUser?.passwordHash ?? (await dummyPasswordHash(options.bcryptCost));
  const passwordMatches = await verifyPassword(password, passwordHash);
  if (!staffUser || !passwordMatches || !staffUser.isActive)
    throw unauthenticated(STAFF_SIGN_IN_FAILED_MESSAGE);
  await attempt.succeeded();

  const now = options.now ?? new Date();
  staffUser.lastLoginAt = now;
  const { token, session } = createStaffSession(em, staffUser, { ...options, now });
  return { token, session, staffUser };
}
