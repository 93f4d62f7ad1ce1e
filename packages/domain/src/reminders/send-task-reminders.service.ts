import { type EntityManager } from "@mikro-orm/postgresql";
import { type Priority } from "@momentum/db";
import { recordNotification } from "../events/outbox";
import { settleInBatches } from "./reminder-batches";
import { type ReminderDecision } from "./reminder-decision";
import { recipientOf } from "./reminder-recipient";
import { countDecision, type ReminderRunOptions, type ReminderTally } from "./reminder-tally";
import { decideTaskReminder, taskReminderOf, type TaskReminderFacts } from "./task-reminder";

// Armed task reminders of active users that are due, in (fire_at, id) order after a cursor, with their
// task. The partial index idx_task_reminders_due holds exactly the armed reminders; those of tasks that
// were closed or deleted meanwhile are settled without a push, so they leave it.
// SKIP LOCKED: another scheduler holds those rows and is settling them right now.
const CLAIM_DUE_TASK_REMINDERS = `
select r.id as reminder_id, r.fire_at, t.id, t.user_id, t.title, t.priority, t.due_date,
       t.status in ('pending', 'in_progress') and not t.is_deleted as is_open,
       u.timezone, u.notification_preferences as "notificationPreferences"
  from task_reminders r
  join tasks t on t.id = r.task_id
  join users u on u.id = t.user_id
 where r.fire_at is not null and r.sent_for is distinct from r.fire_at
   and r.fire_at <= ?
   and (r.fire_at, r.id) > (?, ?)
   and u.is_active and u.deleted_at is null
 order by r.fire_at, r.id
 limit ?
   for update of r skip locked`;

interface ClaimedTaskReminder {
  reminder_id: string;
  fire_at: Date | string;
  id: string;
  user_id: string;
  title: string;
  priority: number;
  due_date: Date | string | null;
  is_open: boolean;
  timezone: string;
  notificationPreferences: unknown;
}

interface TaskReminderCursor {
  fireAt: Date;
  id: string;
}

const START: TaskReminderCursor = {
  fireAt: new Date("1970-01-01T00:00:00Z"),
  id: "00000000-0000-0000-0000-000000000000",
};

const taskOf = (row: ClaimedTaskReminder): TaskReminderFacts => ({
  id: row.id,
  userId: row.user_id,
  title: row.title,
  priority: row.priority as Priority,
  dueDate: row.due_date === null ? null : new Date(row.due_date),
  reminderTime: new Date(row.fire_at),
});

/**
 * Sends the task reminders that are due: a TASK_REMINDER notification through the outbox for each, in the
 * same transaction that marks it sent (task_reminders.sent_for = its fire_at), so each reminder of a task
 * goes out exactly once per time it is set for, across restarts and concurrent schedulers. Two reminders
 * of one task set for the same instant make one push. Skipped reminders (turned off, too late, task closed)
 * are marked too; reminders waiting for the end of quiet hours are left armed and passed over. One
 * transaction per batch; the rows of a batch stay locked until it commits.
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
        cursor.fireAt,
        cursor.id,
        batchSize,
      ]);
      const settled: string[] = [];
      const pushed = new Set<string>();
      for (const row of rows) {
        const task = taskOf(row);
        // One push per task and instant: a closed task, or a second reminder for the same instant, has none.
        const push = `${task.id}@${task.reminderTime.toISOString()}`;
        const decision: ReminderDecision =
          row.is_open && !pushed.has(push)
            ? decideTaskReminder(task, recipientOf(row), now, latenessLimitMs)
            : { action: "skip", reason: "nothing_to_do" };
        countDecision(tally, decision);
        if (decision.action === "wait") continue;
        if (decision.action === "send") {
          recordNotification(tx, taskReminderOf(task, now), now);
          pushed.add(push);
        }
        settled.push(row.reminder_id);
      }
      // The rows are locked by this transaction, so fire_at is still the value just decided on.
      // Reminder bookkeeping is no change of the task: tasks.updated_at stays.
      if (settled.length > 0)
        await tx.execute(`update task_reminders set sent_for = fire_at where id in (?)`, [settled]);
      const last = rows.at(-1);
      return {
        claimed: rows.length,
        last: last && { fireAt: new Date(last.fire_at), id: last.reminder_id },
      };
    },
  );
}
