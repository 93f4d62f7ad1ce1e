import { type EntityManager } from "@mikro-orm/postgresql";
import { Habit } from "@momentum/db";
import { recordNotification } from "../events/outbox";
import { evaluateHabitsToday } from "../habits/habit-reading";
import { userDayOf } from "../time/user-day";
import { decideHabitReminder, habitNeedsReminder } from "./habit-reminder";
import { settleInBatches } from "./reminder-batches";
import { type ReminderDecision } from "./reminder-decision";
import { daysOfRecipient, recipientOf } from "./reminder-recipient";
import { countDecision, type ReminderRunOptions, type ReminderTally } from "./reminder-tally";

// Reminding habits of active users not yet reminded on the owner's today, whose reminder time has come on
// the owner's wall clock, in id order after a cursor. Shifting the wall clock back by the day start
// (user_now) gives the owner's day and a reminder's place in it (01:00 with a 03:00 start comes last). The wall-clock test only narrows the rows down: the
// exact, DST-correct instant is decided in TypeScript. (In a fall-back night a reminder no scheduler saw
// before the clocks went back waits for the repeated hour's second pass.)
// SKIP LOCKED: another scheduler holds those rows and is settling them right now.
const CLAIM_DUE_HABIT_REMINDERS = `
select h.id, h.reminder_time, u.timezone, u.day_start_time as "dayStartTime",
       u.notification_preferences as "notificationPreferences"
  from habits h join users u on u.id = h.user_id
 cross join lateral (select (?::timestamptz at time zone u.timezone) - u.day_start_time::interval as user_now) l
 where h.reminder_time is not null and not h.is_archived
   and h.id > ?
   and (h.reminded_on is null or h.reminded_on < l.user_now::date)
   and h.reminder_time - u.day_start_time::interval <= l.user_now::time
   and h.start_date <= l.user_now::date and (h.end_date is null or h.end_date >= l.user_now::date)
   and u.is_active and u.deleted_at is null
 order by h.id
 limit ?
   for update of h skip locked`;

interface ClaimedHabitReminder {
  id: string;
  reminder_time: string;
  timezone: string;
  dayStartTime: string;
  notificationPreferences: unknown;
}

const START_ID = "00000000-0000-0000-0000-000000000000";

/**
 * Sends the habit reminders that are due: once per user day, at the habit's reminder time in the owner's
 * zone, only for a habit due today and not yet done (or skipped). A HABIT_REMINDER with the current streak
 * goes through the outbox in the same transaction that marks the day reminded (habits.reminded_on), so each
 * day's reminder goes out exactly once across restarts and concurrent schedulers. Days whose reminder is
 * skipped (turned off, nothing to do, too late) are marked too; reminders waiting for the end of quiet hours
 * are passed over. One transaction per batch; the rows of a batch stay locked until it commits.
 */
export function sendDueHabitReminders(
  em: EntityManager,
  options: ReminderRunOptions = {},
): Promise<ReminderTally> {
  return settleInBatches(
    em,
    options,
    START_ID,
    async ({ tx, cursor, now, batchSize, latenessLimitMs, tally }) => {
      const rows = await tx.execute<ClaimedHabitReminder[]>(CLAIM_DUE_HABIT_REMINDERS, [
        now,
        cursor,
        batchSize,
      ]);
      const decisions = new Map<string, { today: string; decision: ReminderDecision }>();
      for (const row of rows) {
        const recipient = recipientOf(row);
        const today = userDayOf(daysOfRecipient(recipient), now);
        const habit = { reminderTime: row.reminder_time };
        decisions.set(row.id, {
          today,
          decision: decideHabitReminder(habit, today, recipient, now, latenessLimitMs),
        });
      }
      // Only habits whose reminder would go out now are worth reading their logs for.
      const sending = [...decisions]
        .filter(([, { decision }]) => decision.action === "send")
        .map(([id]) => id);
      const habits = sending.length > 0 ? await tx.find(Habit, { id: { $in: sending } }) : [];
      const evaluations = await evaluateHabitsToday(tx, habits, now);
      for (const habit of habits) {
        const evaluation = evaluations.get(habit.id)!;
        if (!habitNeedsReminder(evaluation.progress)) {
          decisions.get(habit.id)!.decision = { action: "skip", reason: "nothing_to_do" };
          continue;
        }
        recordNotification(
          tx,
          {
            type: "HABIT_REMINDER",
            userId: habit.user.id,
            habitId: habit.id,
            title: habit.title,
            streakCount: evaluation.currentStreak,
          },
          now,
        );
      }
      // Marked on the owner's day each was decided for; a plain update keeps updated_at, which versions
      // the streak cache, untouched.
      const settledByDay = new Map<string, string[]>();
      for (const [id, { today, decision }] of decisions) {
        countDecision(tally, decision);
        if (decision.action !== "wait") settledByDay.set(today, [...(settledByDay.get(today) ?? []), id]);
      }
      for (const [day, ids] of settledByDay)
        await tx.execute(`update habits set reminded_on = ? where id in (?)`, [day, ids]);
      return { claimed: rows.length, last: rows.at(-1)?.id };
    },
  );
}
