import { LockMode } from "@mikro-orm/core";
import { EmailDelivery, OutboxEvent, PushDelivery, Session, User } from "@momentum/db";
import { invalidInput, notFound } from "../errors/domain-error";
import { transactionalWithReactions } from "../events/domain-reactions";
import { recordEvent } from "../events/outbox";
import { type IdentityContext } from "../identity/identity-settings";
import { verifyPassword } from "../identity/password";
import { type SignInThrottle, takePasswordAttempt } from "../rate-limits/sign-in-throttle";
import { forgetSessions } from "../identity/session-lookup";
import { forgetUserProfile } from "./user-cache";

/**
 * Closes the account at once: the user row goes, and with it (foreign-key cascades) every task, habit,
 * goal, category, device, session and reset token; push and e-mail records and the user's earlier outbox
 * events, which keep no foreign key, are removed explicitly. `user.deleted` commits in the same transaction, so the analytics
 * database forgets the user too. The password check counts against the same limits as sign-in.
 */
export async function deleteAccount(
  context: Pick<IdentityContext, "em" | "redis">,
  userId: string,
  password: string,
  limit: { throttle?: SignInThrottle; address?: string | null } = {},
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
    const sessions = await em.find(Session, { user: userId }, { fields: ["id"] });
    await em.nativeDelete(OutboxEvent, { userId });
    recordEvent(em, { type: "user.deleted", userId, aggregateId: userId, payload: {} });
    await em.flush();
    await em.nativeDelete(PushDelivery, { userId });
    await em.nativeDelete(EmailDelivery, { userId });
    await em.nativeDelete(User, { id: userId });
    return sessions.map((session) => session.id);
  });
  await forgetSessions(context.redis, sessionIds);
  await forgetUserProfile(context.redis, userId);
  return true;
}
