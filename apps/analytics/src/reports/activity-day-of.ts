import { type DomainEvent, isKnownTimeZone, todayIn } from "@momentum/domain";
import { productiveDayOf } from "../productivity/productive-day-of";

/**
 * The user's own calendar day an activity counts for in the reports: the day the event carries (a
 * completion's, a habit log's, a focus session's, an award's), else the day its instant falls on in the
 * zone the user signed up with, else (a user analytics never saw sign up) the UTC day.
 */
export function activityDayOf(event: DomainEvent, timezone: string | null | undefined): string {
  const carried = event.type === "achievement.unlocked" ? event.payload.earnedOn : productiveDayOf(event);
  if (carried) return carried;
  const zone = timezone && isKnownTimeZone(timezone) ? timezone : "UTC";
  return todayIn(zone, new Date(event.occurredAt));
}
