import { LockMode } from "@mikro-orm/core";
import { User } from "@momentum/db";
import { invalidInput, notFound } from "../errors/domain-error";
import { parseInput } from "../errors/zod-fields";
import { type SignInThrottle, takePasswordAttempt } from "../rate-limits/sign-in-throttle";
import { type IdentityContext } from "./identity-settings";
import { hashPassword, passwordSchema, verifyPassword } from "./password";
import { revokeSessions } from "./sign-out.service";

/**
 * A new password ends every other session: whoever else held one must sign in with it. The current
 * password is checked first, against the same limits as sign-in, and only then is the new one hashed.
 */
export async function changePassword(
  context: IdentityContext,
  viewer: { userId: string; sessionId: string },
  currentPassword: string,
  newPassword: string,
  limit: { throttle?: SignInThrottle; address?: string | null } = {},
): Promise<boolean> {
  const password = parseInput(passwordSchema, newPassword, "newPassword");
  const attempt = await takePasswordAttempt(limit.throttle, `user:${viewer.userId}`, limit.address);
  await context.em.transactional(async (em) => {
    const user = await em.findOne(
      User,
      { id: viewer.userId, deletedAt: null },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    if (!user) throw notFound("User");
    if (!(await verifyPassword(currentPassword, user.passwordHash))) {
      throw invalidInput([{ field: "currentPassword", message: "is not your current password" }]);
    }
    await attempt.succeeded();
    user.passwordHash = await hashPassword(password, context.bcryptCost);
  });
  await revokeSessions(context, { userId: viewer.userId, except: viewer.sessionId }, "password_changed");
  return true;
}
