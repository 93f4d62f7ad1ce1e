import { type EntityManager } from "@mikro-orm/postgresql";
import { type Task, TaskStatus } from "@momentum/db";
import { recordEvent } from "../events/outbox";
import { findOwnTask } from "./task-access";
import { taskFacts } from "./task-events";
import { recordTaskHistory } from "./task-history";

/**
 * Marks a task completed. Completing an already completed task changes nothing (a retried request is
 * harmless). Open subtasks stay open: completing a parent is the user's statement about the parent only.
 */
export async function completeTask(em: EntityManager, userId: string, taskId: string, now = new Date()): Promise<Task> {
  return em.transactional(async (tx) => {
    const task = await findOwnTask(tx, userId, taskId, { forUpdate: true });
    if (task.status === TaskStatus.Completed) return task;

    const oldStatus = task.status;
    task.status = TaskStatus.Completed;
    task.completedAt = now;
    recordTaskHistory(tx, task, { action: "completed", oldStatus, newStatus: task.status });
    recordEvent(tx, {
      type: "task.completed",
      userId,
      aggregateId: task.id,
      payload: { ...taskFacts(task), completedAt: now.toISOString() },
    });
    return task;
  });
}
