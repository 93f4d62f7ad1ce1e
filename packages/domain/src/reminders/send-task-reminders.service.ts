import { type EntityManager } from "@mikro-orm/postgresql";
import { type Priority } from "@momentum/db";
import { recordNotification } from "../events/outbox";
import { settleInBatches } from "./reminder-batches";
import { recipientOf } from "./reminder-recipient";
import { countDecision, type ReminderRunOptions, type ReminderTally } from "./reminder-tally";
import { decideTaskReminder, taskReminderOf, type TaskReminderFacts } from "./task-reminder";

// Armed reminders of open tasks of active users that are due, in (reminder_time, id) order after a cursor.
// The partial index idx_tasks_reminder_due holds exactly the armed reminders of open tasks.
// SKIP LOCKED: another scheduler holds those rows and is settling them right now.
const CLAIM_DUE_TASK_REMINDERS = `
select t.id, t.user_id, t.title, t.priority, t.due_date, t.reminder_time,
       u.timezone, u.notification_preferences as "notificationPreferences"
  from tasks t join users u on u.id = t.user_id
 where t.reminder_time is not null and t.reminded_for is distinct from t.reminder_time
   and not t.is_deleted and t.status in ('pending', 'in_progress')
   and t.reminder_time <= ?
   and (t.reminder_time, t.id) > (?, ?)
   and u.is_active and u.deleted_at is null
 order by t.reminder_time, t.id
 limit ?
   for update of t skip locked`;

interface ClaimedTaskReminder {
  id: string;
  user_id: string;
  title: string;
  priority: number;
  due_date: Date | string | null;
  reminder_time: Date | string;
  timezone: string;
  notificationPreferences: unknown;
}

interface TaskReminderCursor {
  reminderTime: Date;
  id: string;
}

const START: TaskReminderCursor = {
  reminderTime: new Date("1970-01-01T00:00:00Z"),
  id: "00000000-0000-0000-0000-000000000000",
};

const taskOf = (row: ClaimedTaskReminder): TaskReminderFacts => ({
  id: row.id,
  userId: row.user_id,
  title: row.title,
  priority: row.priority as Priority,
  dueDate: row.due_date === null ? null : new Date(row.due_date),
  reminderTime: new Date(row.reminder_time),
});

/**
 * Sends the task reminders that are due: a TASK_REMINDER notification through the outbox for each, in the
 * same transaction that marks it reminded (tasks.reminded_for = its reminder_time), so each reminder time
 * of a task goes out exactly once across restarts and concurrent schedulers. Skipped reminders (turned off,
 * too late) are marked too; reminders waiting for the end of quiet hours are left armed and passed over.
 * One transaction per batch; the rows of a batch stay locked until it commits.
 */
export function sendDueTaskReminders(
  em: EntityManager,
  options: ReminderRunOptions = {},
): Promise<ReminderTally> {
  return settleInBatches(
    em,
    options,
    START,
    async ({ tx, cursor, now, batchSize, latenessLimitMs, tally }) => {
      const rows = await tx.execute<ClaimedTaskReminder[]>(CLAIM_DUE_TASK_REMINDERS, [
        now,
        cursor.reminderTime,
        cursor.id,
        batchSize,
      ]);
      const settled: string[] = [];
      for (const row of rows) {
        const task = taskOf(row);
        const decision = decideTaskReminder(task, recipientOf(row), now, latenessLimitMs);
        countDecision(tally, decision);
        if (decision.action === "wait") continue;
        if (decision.action === "send") recordNotification(tx, taskReminderOf(task, now), now);
        settled.push(task.id);
      }
      // The rows are locked by this transaction, so reminder_time is still the value just decided on.
      // A plain update: reminder bookkeeping is no change of the task, so updated_at stays.
      if (settled.length > 0)
        await tx.execute(`update tasks set reminded_for = reminder_time where id in (?)`, [settled]);
      const last = rows.at(-1);
      return {
        claimed: rows.length,
        last: last && { reminderTime: new Date(last.reminder_time), id: last.id },
      };
    },
  );
}
