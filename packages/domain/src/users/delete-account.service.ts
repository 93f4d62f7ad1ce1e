import { LockMode } from "@mikro-orm/core";
import { AccountClosedBy, User } from "@momentum/db";
import { invalidInput, notFound } from "../errors/domain-error";
import { transactionalWithReactions } from "../events/domain-reactions";
import { type IdentityContext } from "../identity/identity-settings";
import { verifyPassword } from "../identity/password";
import { type SignInThrottle, takePasswordAttempt } from "../rate-limits/sign-in-throttle";
import { eraseAccount, forgetErasedAccount } from "./erase-account";

/**
 * Closes the account at once (see eraseAccount), after checking the password against the same limits
 * as sign-in.
 */
export async function deleteAccount(
  context: Pick<IdentityContext, "em" | "redis">,
  userId: string,
  password: string,
  limit: { throttle?: SignInThrottle; address?: string | null } = {},
  now = new Date(),
): Promise<boolean> {
  // Not given back on success: the account and its limits are gone with it.
  await takePasswordAttempt(limit.throttle, `user:${userId}`, limit.address);
  const sessionIds = await transactionalWithReactions(context.em, async (em) => {
    const user = await em.findOne(
      User,
      { id: userId, deletedAt: null },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    if (!user) throw notFound("User");
    if (!(await verifyPassword(password, user.passwordHash))) {
      throw invalidInput([{ field: "password", message: "is not your password" }]);
    }
    return eraseAccount(em, user, AccountClosedBy.User, now);
  });
  await forgetErasedAccount(context.redis, userId, sessionIds);
  return true;
}
