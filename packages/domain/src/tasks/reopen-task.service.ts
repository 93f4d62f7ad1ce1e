import { type Task, TaskStatus } from "@momentum/db";
import { changeTasks, type TasksContext } from "./change-tasks";
import { findOwnTask } from "./task-access";
import { changeTaskStatus, isOpen } from "./task-status";

/**
 * Makes a completed or cancelled task pending again and clears `completedAt`; an open task stays as it
 * is. A next occurrence already created for a recurring task stays: completing again adds no second one.
 */
export async function reopenTask(
  context: TasksContext,
  userId: string,
  taskId: string,
  now = new Date(),
): Promise<Task> {
  return changeTasks(context, userId, async (tx) => {
    const task = await findOwnTask(tx, userId, taskId, { forUpdate: true });
    if (!isOpen(task.status)) await changeTaskStatus(tx, task, TaskStatus.Pending, now);
    return task;
  });
}
