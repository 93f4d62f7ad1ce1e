import { type EntityManager } from "@mikro-orm/postgresql";
import { TaskHistory, type Task, type TaskStatus } from "@momentum/db";

/** Every change to a task leaves a line in its history, in the same unit of work. */
export function recordTaskHistory(
  em: EntityManager,
  task: Task,
  entry: {
    action: string;
    oldStatus?: TaskStatus | null;
    newStatus?: TaskStatus | null;
    notes?: string | null;
  },
): void {
  em.create(TaskHistory, {
    task,
    user: task.user,
    action: entry.action,
    oldStatus: entry.oldStatus ?? null,
    newStatus: entry.newStatus ?? null,
    notes: entry.notes ?? null,
  });
}
