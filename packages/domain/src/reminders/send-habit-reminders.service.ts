import { type EntityManager } from "@mikro-orm/postgresql";
import { Habit } from "@momentum/db";
import { recordNotification } from "../events/outbox";
import { evaluateHabitsToday } from "../habits/habit-reading";
import { userDayOf } from "../time/user-day";
import { decideHabitReminder, habitNeedsReminder, isReminderDay } from "./habit-reminder";
import { settleInBatches } from "./reminder-batches";
import { type ReminderDecision } from "./reminder-decision";
import { daysOfRecipient, recipientOf } from "./reminder-recipient";
import { countDecision, type ReminderRunOptions, type ReminderTally } from "./reminder-tally";

// Reminders of habits of active users not yet sent on the owner's today, whose time has come on the
// owner's wall clock, in id order after a cursor. Shifting the wall clock back by the day start
// (user_now) gives the owner's day and a reminder's place in it (01:00 with a 03:00 start comes last).
// The wall-clock test only narrows the rows down: the exact, DST-correct instant and the weekday are
// decided in TypeScript. (In a fall-back night a reminder no scheduler saw before the clocks went back
// waits for the repeated hour's second pass.)
// SKIP LOCKED: another scheduler holds those rows and is settling them right now.
const CLAIM_DUE_HABIT_REMINDERS = `
select r.id, r.habit_id, r.time, r.days, u.timezone, u.day_start_time as "dayStartTime",
       u.notification_preferences as "notificationPreferences"
  from habit_reminders r
  join habits h on h.id = r.habit_id
  join users u on u.id = h.user_id
 cross join lateral (select (?::timestamptz at time zone u.timezone) - u.day_start_time::interval as user_now) l
 where not h.is_archived
   and r.id > ?
   and (r.reminded_on is null or r.reminded_on < l.user_now::date)
   and r.time - u.day_start_time::interval <= l.user_now::time
   and h.start_date <= l.user_now::date and (h.end_date is null or h.end_date >= l.user_now::date)
   and u.is_active and u.deleted_at is null
 order by r.id
 limit ?
   for update of r skip locked`;

interface ClaimedHabitReminder {
  id: string;
  habit_id: string;
  time: string;
  days: string[] | null;
  timezone: string;
  dayStartTime: string;
  notificationPreferences: unknown;
}

const START_ID = "00000000-0000-0000-0000-000000000000";

/**
 * Sends the habit reminders that are due: each reminder once per user day, at its time in the owner's
 * zone, on its weekdays, only for a habit due today and not yet done (or skipped). A HABIT_REMINDER with
 * the current streak goes through the outbox in the same transaction that marks the reminder's day
 * (habit_reminders.reminded_on), so each reminder goes out exactly once a day across restarts and
 * concurrent schedulers; reminders of one habit settled together make one push. Days whose reminder is
 * skipped (turned off, not its weekday, nothing to do, too late) are marked too; reminders waiting for the
 * end of quiet hours are passed over. One transaction per batch; the rows of a batch stay locked until it
 * commits.
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
      const decisions = new Map<string, { habitId: string; today: string; decision: ReminderDecision }>();
      for (const row of rows) {
        const recipient = recipientOf(row);
        const today = userDayOf(daysOfRecipient(recipient), now);
        const decision: ReminderDecision = isReminderDay(row, today)
          ? decideHabitReminder({ reminderTime: row.time }, today, recipient, now, latenessLimitMs)
          : { action: "skip", reason: "nothing_to_do" };
        decisions.set(row.id, { habitId: row.habit_id, today, decision });
      }
      // Only habits whose reminder would go out now are worth reading their logs for.
      const sending = [...decisions.values()].filter(({ decision }) => decision.action === "send");
      const habitIds = [...new Set(sending.map(({ habitId }) => habitId))];
      const habits = habitIds.length > 0 ? await tx.find(Habit, { id: { $in: habitIds } }) : [];
      const evaluations = await evaluateHabitsToday(tx, habits, now);
      const habitById = new Map(habits.map((habit) => [habit.id, habit]));
      const pushed = new Set<string>();
      for (const settling of sending) {
        const habit = habitById.get(settling.habitId)!;
        const evaluation = evaluations.get(habit.id)!;
        if (!habitNeedsReminder(evaluation.progress) || pushed.has(habit.id)) {
          settling.decision = { action: "skip", reason: "nothing_to_do" };
          continue;
        }
        pushed.add(habit.id);
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
      // Marked on the owner's day each was decided for; the habit itself (whose updated_at versions the
      // streak cache) is not touched.
      const settledByDay = new Map<string, string[]>();
      for (const [id, { today, decision }] of decisions) {
        countDecision(tally, decision);
        if (decision.action !== "wait") settledByDay.set(today, [...(settledByDay.get(today) ?? []), id]);
      }
      for (const [day, ids] of settledByDay)
        await tx.execute(`update habit_reminders set reminded_on = ? where id in (?)`, [day, ids]);
      return { claimed: rows.length, last: rows.at(-1)?.id };
    },
  );
}
