import { sql } from "@mikro-orm/core";
import { User } from "@momentum/db";
import { unauthenticated } from "../errors/domain-error";
import { parseInput } from "../errors/zod-fields";
import { signInInputSchema, type SignInInput } from "./account-input.schema";
import { type AuthResult } from "./auth-result";
import { openDeviceSession } from "./device-session";
import { type ClientInfo, type IdentityContext } from "./identity-settings";
import { dummyPasswordHash, verifyPassword } from "./password";

const WRONG_CREDENTIALS = "Wrong login or password";

/**
 * Signs in by e-mail or username. An unknown login still pays for a bcrypt comparison, and both
 * failures read the same, so neither the answer nor its timing reveals which accounts exist.
 */
export async function signIn(context: IdentityContext, rawInput: SignInInput, client: ClientInfo): Promise<AuthResult> {
  const input = parseInput(signInInputSchema, rawInput, "input");
  const user = await context.em.findOne(User, {
    $or: [{ [sql.lower("email")]: input.login.toLowerCase() }, { [sql.lower("username")]: input.login.toLowerCase() }],
    isActive: true,
    deletedAt: null,
  });
  const matches = await verifyPassword(input.password, user?.passwordHash ?? (await dummyPasswordHash(context.bcryptCost)));
  if (!user || !matches) throw unauthenticated(WRONG_CREDENTIALS);

  return context.em.transactional(async (em) => {
    const managed = em.merge(user);
    managed.lastLoginAt = new Date();
    return openDeviceSession({ ...context, em }, managed, { ...client, deviceId: input.deviceId ?? client.deviceId });
  });
}
