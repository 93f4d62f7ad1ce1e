import { type EntityManager } from "@mikro-orm/postgresql";
import { ProductivityMetric, UserActivity } from "@momentum/db";
import { type DomainEvent } from "@momentum/domain";
import { userActivityOf } from "./user-activity-of";

/**
 * Records one domain event in the analytics database, inside the caller's transaction. `user.deleted`
 * instead forgets everything analytics holds about that user.
 */
export async function ingestDomainEvent(em: EntityManager, event: DomainEvent): Promise<void> {
  if (event.type === "user.deleted") {
    await em.nativeDelete(UserActivity, { userId: event.aggregate.id });
    await em.nativeDelete(ProductivityMetric, { userId: event.aggregate.id });
    return;
  }
  const activity = userActivityOf(event);
  if (!activity) return;
  // Dated when it happened, not when it arrived: a backlog drained late must not shift the day it counts for.
  em.persist(em.create(UserActivity, { ...activity, createdAt: new Date(event.occurredAt) }));
}
