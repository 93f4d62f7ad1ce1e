import { type QuietHours, deliveryTimeOf } from "./quiet-hours";

// What becomes of a reminder, decided from its time, the user's preferences and "now", with no I/O:
// - Not yet time: wait. Turning reminders off and on again before then loses nothing.
// - Reminders of that kind turned off: skipped for good (re-enabling does not replay old ones).
// - Inside the quiet hours: delivered when they end. A habit's reminder belongs to its day, so one that
//   would go out after its day is over is skipped instead.
// - More than `reminderLatenessLimitMs` after its delivery time (the schedulers were down, say): skipped,
//   since a burst of stale pushes after an outage helps nobody.

/** How late a reminder may still go out; older ones are skipped. */
export const reminderLatenessLimitMs = 3 * 3_600_000;

export const reminderSkipReasons = ["disabled", "quiet_hours", "stale", "nothing_to_do"] as const;
export type ReminderSkipReason = (typeof reminderSkipReasons)[number];

export type ReminderDecision =
  { action: "wait"; until: Date } | { action: "send" } | { action: "skip"; reason: ReminderSkipReason };

export interface ReminderOccasion {
  /** The instant the reminder is set for. */
  remindAt: Date;
  /** The user's IANA zone, in which the quiet hours are read. */
  zone: string;
  quietHours: QuietHours | null;
  /** Whether the user wants reminders of this kind at all. */
  enabled: boolean;
  /** A reminder whose delivery would fall at or after this instant is skipped. */
  deliverBefore?: Date;
}

export function decideReminder(
  occasion: ReminderOccasion,
  now: Date,
  latenessLimitMs = reminderLatenessLimitMs,
): ReminderDecision {
  const { remindAt, zone, quietHours, enabled, deliverBefore } = occasion;
  if (now < remindAt) return { action: "wait", until: remindAt };
  if (!enabled) return { action: "skip", reason: "disabled" };
  const deliverAt = deliveryTimeOf(remindAt, quietHours, zone);
  if (deliverBefore && deliverAt >= deliverBefore) return { action: "skip", reason: "quiet_hours" };
  if (now < deliverAt) return { action: "wait", until: deliverAt };
  if (now.getTime() - deliverAt.getTime() > latenessLimitMs) return { action: "skip", reason: "stale" };
  return { action: "send" };
}
