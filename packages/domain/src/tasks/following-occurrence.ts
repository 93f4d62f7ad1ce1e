import { type EntityManager } from "@mikro-orm/postgresql";
import { type Task } from "@momentum/db";
import { todayIn } from "../time/today-in";
import { MIDNIGHT } from "../time/user-day";
import { todayOfUser } from "../time/user-today";
import { daysBetween } from "./shifted-day";
import { taskDueInstant } from "./task-due";
import { nextDueOfTask, type NextDue } from "./task-series";

/**
 * The due date of the occurrence after this recurring task, moved on (completed or skipped) at `now`,
 * and how far that moves its instant and its day in the rule's zone (reminders, start dates and
 * subtasks follow by as much); null if the series
 * has ended or the task does not recur.
 */
export async function followingOccurrence(
  tx: EntityManager,
  task: Task,
  now: Date,
): Promise<{ due: NextDue; shift: number; days: number } | null> {
  if (!task.recurrenceRule || (!task.dueDate && !task.dueOn)) return null;
  const today = task.dueOn ? await todayOfUser(tx, task.user.id, now) : undefined;
  const due = nextDueOfTask(task, now, today);
  if (!due) return null;
  const zone = task.recurrenceRule.timezone;
  const ruleDays = { zone, dayStartsAt: MIDNIGHT };
  const [from, to] = [taskDueInstant(task, ruleDays)!, taskDueInstant(due, ruleDays)!];
  return {
    due,
    shift: to.getTime() - from.getTime(),
    days: daysBetween(todayIn(zone, from), todayIn(zone, to)),
  };
}
