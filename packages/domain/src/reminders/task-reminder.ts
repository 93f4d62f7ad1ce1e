import { type Priority } from "@momentum/db";
import { type TaskReminder } from "../events/notification-messages";
import { priorityNames } from "../tasks/task-events";
import { decideReminder, type ReminderDecision, reminderLatenessLimitMs } from "./reminder-decision";
import { type ReminderRecipient } from "./reminder-recipient";

/** What a task reminder is made of, its time being the reminder's fire_at. Not yet sent is the claim's business. */
export interface TaskReminderFacts {
  id: string;
  userId: string;
  title: string;
  priority: Priority;
  dueDate: Date | null;
  reminderTime: Date;
}

/** Whether the reminder of a task goes out now, waits, or is skipped (see reminder-decision.ts). */
export function decideTaskReminder(
  task: Pick<TaskReminderFacts, "reminderTime">,
  recipient: ReminderRecipient,
  now: Date,
  latenessLimitMs = reminderLatenessLimitMs,
): ReminderDecision {
  return decideReminder(
    {
      remindAt: task.reminderTime,
      zone: recipient.zone,
      quietHours: recipient.preferences.quietHours,
      enabled: recipient.preferences.taskReminders,
    },
    now,
    latenessLimitMs,
  );
}

/**
 * Whole seconds from `now` until the task is due, negative once it is overdue (so the push can say
 * "Overdue by 2 hours"); 0 when it has no due date.
 */
export function dueInSeconds(dueDate: Date | null, now: Date): number {
  if (!dueDate) return 0;
  return Math.trunc((dueDate.getTime() - now.getTime()) / 1000);
}

/** The design document's TASK_REMINDER message. */
export const taskReminderOf = (task: TaskReminderFacts, now: Date): TaskReminder => ({
  type: "TASK_REMINDER",
  userId: task.userId,
  taskId: task.id,
  title: task.title,
  dueIn: String(dueInSeconds(task.dueDate, now)),
  priority: priorityNames[task.priority],
});
