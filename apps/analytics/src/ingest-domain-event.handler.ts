import { type EntityManager } from "@mikro-orm/postgresql";
import {
  AnalyticsUser,
  DailyUserRollup,
  ForgottenUser,
  ProductivityMetric,
  UserActivity,
} from "@momentum/db";
import { type DomainEvent } from "@momentum/domain";
import { productiveDayOf } from "./productivity/productive-day-of";
import { recomputeProductivityDays } from "./productivity/recompute-productivity-day";
import { activityDayOf } from "./reports/activity-day-of";
import { knownUsersOf, rememberUsers } from "./reports/analytics-users";
import { recomputeDailyRollups } from "./reports/daily-user-rollups";
import { userActivityOf } from "./user-activity-of";

/**
 * Serialises a user's deletion against that user's other events, until the caller's transaction ends:
 * events share the lock (they do not wait for each other), the deletion takes it alone, so an event
 * ingested concurrently cannot commit its row after the deletion removed the others. Several users'
 * locks are taken in one order, so two batches never wait for each other in a cycle.
 */
async function lockUsers(em: EntityManager, userIds: string[], mode: "shared" | "exclusive"): Promise<void> {
  const lock = mode === "shared" ? "pg_advisory_xact_lock_shared" : "pg_advisory_xact_lock";
  await em.execute(
    `select count(${lock}(hashtextextended(id, 0)))
     from (select id from jsonb_array_elements_text(?::jsonb) as id order by id) ordered`,
    [JSON.stringify([...new Set(userIds)].sort())],
  );
}

/**
 * Forgets everything analytics holds about a deleted user, and remembers only that the user is gone, so
 * that an older event of theirs arriving later (a redelivery or retry) adds nothing back.
 */
async function forgetUser(em: EntityManager, userId: string): Promise<void> {
  await lockUsers(em, [userId], "exclusive");
  await em.nativeDelete(UserActivity, { userId });
  await em.nativeDelete(ProductivityMetric, { userId });
  await em.nativeDelete(DailyUserRollup, { userId });
  await em.nativeDelete(AnalyticsUser, { userId });
  await em.createQueryBuilder(ForgottenUser).insert({ userId }).onConflict("userId").ignore().execute("run");
}

/**
 * Records events as activity rows, each with the user's day it counts for, and recomputes the days they
 * count for (productivity metrics and the reports' rollups): a few statements per batch.
 */
async function recordActivities(em: EntityManager, events: readonly DomainEvent[]): Promise<void> {
  const recorded = events.flatMap((event) => {
    const activity = userActivityOf(event);
    return activity ? [{ event, activity }] : [];
  });
  if (recorded.length === 0) return;
  const userIds = recorded.map(({ activity }) => activity.userId);
  await lockUsers(em, userIds, "shared");
  // A statement of its own, after the locks: its snapshot then sees a deletion that committed while we waited.
  const known = await knownUsersOf(em, userIds);
  const kept = recorded.filter(({ activity }) => !known.get(activity.userId)?.forgotten);
  if (kept.length === 0) return;
  const zones = await rememberUsers(
    em,
    kept.map(({ event }) => event),
    new Map([...known].map(([userId, user]) => [userId, user.timezone])),
  );
  const dated = kept.map((entry) => ({
    ...entry,
    day: activityDayOf(entry.event, zones.get(entry.activity.userId)),
  }));
  // Dated when it happened, not when it arrived: a backlog drained late must not shift the day it counts for.
  await em.insertMany(
    UserActivity,
    dated.map(({ event, activity, day }) => ({ ...activity, day, createdAt: new Date(event.occurredAt) })),
  );
  await recomputeProductivityDays(
    em,
    kept.flatMap(({ event, activity }) => {
      const date = productiveDayOf(event);
      return date ? [{ userId: activity.userId, date }] : [];
    }),
  );
  await recomputeDailyRollups(
    em,
    dated.map(({ activity, day }) => ({ userId: activity.userId, day })),
  );
}

/**
 * Records domain events in the analytics database, in order, inside the caller's transaction.
 * `user.deleted` forgets the user (after recording the events before it).
 */
export async function ingestDomainEvents(em: EntityManager, events: readonly DomainEvent[]): Promise<void> {
  let pending: DomainEvent[] = [];
  for (const event of events) {
    if (event.type !== "user.deleted") {
      pending.push(event);
      continue;
    }
    await recordActivities(em, pending);
    pending = [];
    await forgetUser(em, event.aggregate.id);
  }
  await recordActivities(em, pending);
}

/** Records one domain event (see ingestDomainEvents). */
export const ingestDomainEvent = (em: EntityManager, event: DomainEvent) => ingestDomainEvents(em, [event]);
