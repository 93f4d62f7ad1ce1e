import { type TaskReminder, type TaskStatus } from "@momentum/db";
import { isOpen } from "./task-status";

/** A task reminder as the API shows it. */
export interface TaskReminderView {
  id: string;
  at: Date | null;
  minutesBefore: number | null;
  /** When it goes out next: null once sent for its time, when it cannot fire, or when the task is closed. */
  nextFireAt: Date | null;
}

export const taskReminderViewOf = (
  reminder: TaskReminder,
  task: { status: TaskStatus },
): TaskReminderView => {
  const armed = reminder.fireAt && reminder.sentFor?.getTime() !== reminder.fireAt.getTime();
  return {
    id: reminder.id,
    at: reminder.at ?? null,
    minutesBefore: reminder.minutesBefore ?? null,
    nextFireAt: armed && isOpen(task.status) ? reminder.fireAt! : null,
  };
};
