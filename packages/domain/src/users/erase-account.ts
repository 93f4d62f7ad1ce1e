import { type EntityManager } from "@mikro-orm/postgresql";
import {
  type AccountClosedBy,
  ClosedAccount,
  EmailDelivery,
  OutboxEvent,
  PushDelivery,
  Session,
  User,
} from "@momentum/db";
import { type Redis } from "ioredis";
import { recordEvent } from "../events/outbox";
import { forgetSessions } from "../identity/session-lookup";
import { forgetUserProfile } from "./user-cache";

/**
 * Erases an account inside the caller's transaction, the user row locked by the caller: the row goes, and
 * with it (foreign-key cascades) every task, habit, goal, category, device, session and reset token; push
 * and e-mail records and the user's earlier outbox events, which keep no foreign key, are removed
 * explicitly. `user.deleted` commits with it, so the analytics database forgets the user too, and
 * closed_accounts keeps the id and dates only. Answers the ids of the sessions to forget after commit
 * (see forgetErasedAccount).
 */
export async function eraseAccount(
  em: EntityManager,
  user: User,
  closedBy: AccountClosedBy,
  now = new Date(),
): Promise<string[]> {
  const userId = user.id;
  const sessions = await em.find(Session, { user: userId }, { fields: ["id"] });
  await em.nativeDelete(OutboxEvent, { userId });
  recordEvent(em, { type: "user.deleted", userId, aggregateId: userId, payload: {}, occurredAt: now });
  await em.flush();
  await em.nativeDelete(PushDelivery, { userId });
  await em.nativeDelete(EmailDelivery, { userId });
  await em.insert(ClosedAccount, { userId, signedUpAt: user.createdAt, closedAt: now, closedBy });
  await em.nativeDelete(User, { id: userId });
  return sessions.map((session) => session.id);
}

/** After the erasure committed: the Redis copies of its sessions and profile go too. */
export async function forgetErasedAccount(redis: Redis, userId: string, sessionIds: string[]): Promise<void> {
  await forgetSessions(redis, sessionIds);
  await forgetUserProfile(redis, userId);
}
