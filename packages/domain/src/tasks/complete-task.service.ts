import { type Task, TaskStatus } from "@momentum/db";
import { changeTasks, type TasksContext } from "./change-tasks";
import { findOwnTask } from "./task-access";
import { changeTaskStatus } from "./task-status";

/**
 * Marks a task completed; a recurring task gets its next occurrence in the same transaction.
 * Completing an already completed task changes nothing (a retried request is harmless).
 */
export async function completeTask(
  context: TasksContext,
  userId: string,
  taskId: string,
  now = new Date(),
): Promise<Task> {
  return changeTasks(context, userId, async (tx) => {
    const task = await findOwnTask(tx, userId, taskId, { forUpdate: true });
    await changeTaskStatus(tx, task, TaskStatus.Completed, now);
    return task;
  });
}
