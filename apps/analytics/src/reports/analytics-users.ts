import { type EntityManager } from "@mikro-orm/postgresql";
import { AnalyticsUser } from "@momentum/db";
import { type DomainEvent, isKnownTimeZone, todayIn } from "@momentum/domain";

/**
 * Remembers what the reports need about users from their events, in the caller's transaction: the zone
 * and day of a sign-up, and the platform of the device registered last. Returns every given user's zone
 * (null when analytics never saw them sign up).
 */
export async function rememberUsers(
  em: EntityManager,
  events: readonly DomainEvent[],
): Promise<Map<string, string | null>> {
  const now = new Date();
  for (const event of events) {
    if (event.userId === null) continue;
    if (event.type === "user.signed_up") {
      const zone = isKnownTimeZone(event.payload.timezone) ? event.payload.timezone : "UTC";
      await em.upsert(
        AnalyticsUser,
        {
          userId: event.userId,
          timezone: zone,
          signedUpOn: todayIn(zone, new Date(event.occurredAt)),
          updatedAt: now,
        },
        { onConflictFields: ["userId"], onConflictMergeFields: ["timezone", "signedUpOn", "updatedAt"] },
      );
    } else if (event.type === "device.registered") {
      await em.upsert(
        AnalyticsUser,
        { userId: event.userId, platform: event.payload.platform, updatedAt: now },
        { onConflictFields: ["userId"], onConflictMergeFields: ["platform", "updatedAt"] },
      );
    }
  }
  const userIds = [...new Set(events.flatMap((event) => (event.userId ? [event.userId] : [])))];
  const known = await em.find(
    AnalyticsUser,
    { userId: { $in: userIds } },
    { fields: ["userId", "timezone"] },
  );
  const zones = new Map<string, string | null>(userIds.map((userId) => [userId, null]));
  for (const user of known) zones.set(user.userId, user.timezone ?? null);
  return zones;
}
