import { type EntityManager } from "@mikro-orm/postgresql";
import { Task, User } from "@momentum/db";
import { invalidInput } from "../errors/domain-error";
import { userDayBounds, userDaysOf, type UserDays } from "../time/user-day";
import { lockTaskLists } from "./task-list-cache";

/** Where a task's due date is kept: an instant (dueDate) or an all-day date (dueOn), never both. */
export type TaskDue = Pick<Task, "dueDate" | "dueOn">;

/**
 * The instant a task is due, for lists, filters and reminders: its dueDate, or for an all-day task the
 * start of its dueOn day as the user's days run (their zone and day start), so it sorts before the timed
 * tasks of that day, is due today all that day and overdue from the next. Null when undated. The day's
 * start comes from userDayBounds, as "today" does in the lists, so the two cannot disagree.
 */
export function taskDueInstant(task: TaskDue, days: UserDays): Date | null {
  if (task.dueDate) return task.dueDate;
  return task.dueOn ? userDayBounds(days, task.dueOn).start : null;
}

/** Keeps `dueAt` (the column the lists order by) in step with the task's due date. */
export async function refreshDueAt(em: EntityManager, task: Task): Promise<void> {
  if (!task.dueOn) {
    task.dueAt = task.dueDate ?? null;
    return;
  }
  const user = await em.findOneOrFail(User, task.user.id, { fields: ["timezone", "dayStartTime"] });
  task.dueAt = taskDueInstant(task, userDaysOf(user));
}

/**
 * After the user's zone or day start changed: their all-day tasks stay due on the same dates, so the
 * instants the lists order them by move to those dates' starts as the user's days now run. The caller drops the cached lists
 * once its transaction has ended.
 */
export async function realignAllDayTasks(tx: EntityManager, userId: string, days: UserDays): Promise<void> {
  await lockTaskLists(tx, userId, "write");
  const tasks = await tx.find(
    Task,
    { user: userId, dueOn: { $ne: null } },
    { fields: ["id", "dueOn", "dueAt"] },
  );
  for (const task of tasks) task.dueAt = taskDueInstant({ dueDate: null, dueOn: task.dueOn }, days);
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
