import { type EntityManager } from "@mikro-orm/postgresql";
import { ForgottenUser, ProductivityMetric, UserActivity } from "@momentum/db";
import { type DomainEvent } from "@momentum/domain";
import { productiveDayOf } from "./productivity/productive-day-of";
import { recomputeProductivityDay } from "./productivity/recompute-productivity-day";
import { userActivityOf } from "./user-activity-of";

/**
 * Serialises a user's deletion against that user's other events, until the caller's transaction ends:
 * events share the lock (they do not wait for each other), the deletion takes it alone, so an event
 * ingested concurrently cannot commit its row after the deletion removed the others.
 */
async function lockUser(em: EntityManager, userId: string, mode: "shared" | "exclusive"): Promise<void> {
  const lock = mode === "shared" ? "pg_advisory_xact_lock_shared" : "pg_advisory_xact_lock";
  await em.execute(`select ${lock}(hashtextextended(?, 0))`, [userId]);
}

/**
 * Records one domain event in the analytics database, inside the caller's transaction. `user.deleted`
 * instead forgets everything analytics holds about that user, and remembers only that the user is gone,
 * so that an older event of theirs arriving later (a redelivery or retry) adds nothing back.
 */
export async function ingestDomainEvent(em: EntityManager, event: DomainEvent): Promise<void> {
  if (event.type === "user.deleted") {
    const userId = event.aggregate.id;
    await lockUser(em, userId, "exclusive");
    await em.nativeDelete(UserActivity, { userId });
    await em.nativeDelete(ProductivityMetric, { userId });
    await em
      .createQueryBuilder(ForgottenUser)
      .insert({ userId })
      .onConflict("userId")
      .ignore()
      .execute("run");
    return;
  }
  const activity = userActivityOf(event);
  if (!activity) return;
  await lockUser(em, activity.userId, "shared");
  // A statement of its own, after the lock: its snapshot then sees a deletion that committed while we waited.
  if ((await em.count(ForgottenUser, { userId: activity.userId })) > 0) return;
  // Dated when it happened, not when it arrived: a backlog drained late must not shift the day it counts for.
  em.persist(em.create(UserActivity, { ...activity, createdAt: new Date(event.occurredAt) }));
  const day = productiveDayOf(event);
  if (day) {
    await em.flush();
    await recomputeProductivityDay(em, activity.userId, day);
  }
}
