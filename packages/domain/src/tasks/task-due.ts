import { type EntityManager } from "@mikro-orm/postgresql";
import { Task, User } from "@momentum/db";
import { invalidInput } from "../errors/domain-error";
import { dayBoundsIn } from "../time/local-day";
import { lockTaskLists } from "./task-list-cache";

/** Where a task's due date is kept: an instant (dueDate) or an all-day date (dueOn), never both. */
export type TaskDue = Pick<Task, "dueDate" | "dueOn">;

/**
 * The instant a task is due, for lists, filters and reminders: its dueDate, or for an all-day task the
 * start of its dueOn day in the user's zone (so it sorts before the timed tasks of that day, is due
 * today all that day and overdue from the next). Null when undated. The day's start comes from
 * dayBoundsIn, as "today" does in the lists, so the two cannot disagree.
 */
export function taskDueInstant(task: TaskDue, userZone: string): Date | null {
  if (task.dueDate) return task.dueDate;
  return task.dueOn ? dayBoundsIn(userZone, task.dueOn).start : null;
}

/** Keeps `dueAt` (the column the lists order by) in step with the task's due date. */
export async function refreshDueAt(em: EntityManager, task: Task): Promise<void> {
  const zone = task.dueOn
    ? (await em.findOneOrFail(User, task.user.id, { fields: ["timezone"] })).timezone
    : "UTC";
  task.dueAt = taskDueInstant(task, zone);
}

/**
 * After the user's zone changed: their all-day tasks stay due on the same dates, so the instants the
 * lists order them by move to those dates' starts in the new zone. The caller drops the cached lists
 * once its transaction has ended.
 */
export async function realignAllDayTasks(tx: EntityManager, userId: string, zone: string): Promise<void> {
  await lockTaskLists(tx, userId, "write");
  const tasks = await tx.find(
    Task,
    { user: userId, dueOn: { $ne: null } },
    { fields: ["id", "dueOn", "dueAt"] },
  );
  for (const task of tasks) task.dueAt = taskDueInstant({ dueDate: null, dueOn: task.dueOn }, zone);
}

/** A task is due at an instant or on a day, not both: BAD_USER_INPUT naming the field that was given. */
export function assertOneDueDate(task: TaskDue, field: "input.dueDate" | "input.dueOn"): void {
  if (task.dueDate && task.dueOn)
    throw invalidInput([
      {
        field,
        message: "a task has dueDate (an instant) or dueOn (an all-day date), not both; clear the other",
      },
    ]);
}
