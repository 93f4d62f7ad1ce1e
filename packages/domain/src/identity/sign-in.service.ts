import { sql } from "@mikro-orm/core";
import { User } from "@momentum/db";
import { unauthenticated } from "../errors/domain-error";
import { type SignInThrottle, takePasswordAttempt } from "../rate-limits/sign-in-throttle";
import { parseInput } from "../errors/zod-fields";
import { signInInputSchema, type SignInInput } from "./account-input.schema";
import { type AuthResult } from "./auth-result";
import { openDeviceSession } from "./device-session";
import { type ClientInfo, type IdentityContext } from "./identity-settings";
import { dummyPasswordHash, verifyPassword } from "./password";

const WRONG_CREDENTIALS = "Wrong login or password";

/**
 * Signs in by e-mail or username. An unknown login still pays for a bcrypt comparison, and both
 * failures read the same, so neither the answer nor its timing reveals which accounts exist. Each
 * comparison takes an attempt first (see takePasswordAttempt); past the limits the login is refused, even
 * with the right password, until the oldest failure ages out. E-mail and username count as one login.
 */
export async function signIn(
  context: IdentityContext,
  rawInput: SignInInput,
  client: ClientInfo,
  throttle?: SignInThrottle,
  now = new Date(),
): Promise<AuthResult> {
  const input = parseInput(signInInputSchema, rawInput, "input");
  const login = input.login.toLowerCase();
  const user = await context.em.findOne(User, {
    $or: [{ [sql.lower("email")]: login }, { [sql.lower("username")]: login }],
    isActive: true,
    deletedAt: null,
  });
  const throttleKey = user ? `user:${user.id}` : `login:${login}`;
  const attempt = await takePasswordAttempt(throttle, throttleKey, client.ip, { isSignIn: true });
  const matches = await verifyPassword(
    input.password,
    user?.passwordHash ?? (await dummyPasswordHash(context.bcryptCost)),
  );
  if (!user || !matches) throw unauthenticated(WRONG_CREDENTIALS);
  await attempt.succeeded();

  // Single statements, no transaction: sign-in should cost little beyond its hash, and a failure between
  // them leaves nothing inconsistent (a login time without a session, a device signed out to retry).
  await context.em.nativeUpdate(User, { id: user.id }, { lastLoginAt: now });
  user.lastLoginAt = now;
  return openDeviceSession(context, user, { ...client, deviceId: input.deviceId ?? client.deviceId }, now, {
    insertNow: true,
  });
}
