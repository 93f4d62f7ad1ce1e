import { type EntityManager } from "@mikro-orm/postgresql";
import { AnalyticsUser } from "@momentum/db";
import { type DomainEvent, isKnownTimeZone, todayIn } from "@momentum/domain";

/** What ingestion needs to know of a user before recording their events. */
export interface KnownUser {
  /** Deleted: their events are ignored. */
  forgotten: boolean;
  /** The zone they signed up with; null when analytics never saw them sign up. */
  timezone: string | null;
}

/** Whether each user was forgotten, and their zone: one statement for the whole batch. */
export async function knownUsersOf(
  em: EntityManager,
  userIds: readonly string[],
): Promise<Map<string, KnownUser>> {
  const rows = await em.execute<{ userId: string; forgotten: boolean; timezone: string | null }[]>(
    `select ids.user_id as "userId", forgotten.user_id is not null as forgotten, users.timezone
     from (select distinct user_id::uuid as user_id from jsonb_array_elements_text(?::jsonb) as given(user_id)) ids
     left join forgotten_users forgotten on forgotten.user_id = ids.user_id
     left join analytics_users users on users.user_id = ids.user_id`,
    [JSON.stringify(userIds)],
  );
  return new Map(rows.map(({ userId, forgotten, timezone }) => [userId, { forgotten, timezone }]));
}

const zoneOf = (timezone: string) => (isKnownTimeZone(timezone) ? timezone : "UTC");

/**
 * Remembers what the reports need about users from their events, in the caller's transaction: the zone
 * and day of a sign-up, and the platform of the device registered last. Returns each user's zone: the
 * one they signed up with in these events, else the one known before (`zones`), else null.
 */
export async function rememberUsers(
  em: EntityManager,
  events: readonly DomainEvent[],
  zones: ReadonlyMap<string, string | null>,
): Promise<Map<string, string | null>> {
  const now = new Date();
  const updated = new Map(zones);
  for (const event of events) {
    if (event.userId === null) continue;
    if (event.type === "user.signed_up") {
      const zone = zoneOf(event.payload.timezone);
      updated.set(event.userId, zone);
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
  return updated;
}
