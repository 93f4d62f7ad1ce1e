import { Task } from "@momentum/db";
import { recordEvent } from "../events/outbox";
import { changeTasks, type TasksContext } from "./change-tasks";
import { findOwnTask } from "./task-access";
import { descendantsOf } from "./task-hierarchy";
import { recordTaskHistory } from "./task-history";

/**
 * Moves a task and every live subtask below it to the trash, each with a history line and a task.deleted
 * event. They share the deletion (deletedWithTaskId: the task the user deleted), so restoring the task
 * brings back these subtasks and not those deleted earlier on their own.
 */
export async function deleteTask(
  context: TasksContext,
  userId: string,
  taskId: string,
  now = new Date(),
): Promise<true> {
  await changeTasks(context, userId, async (tx) => {
    const task = await findOwnTask(tx, userId, taskId, { forUpdate: true });
    const subtasks = await tx.find(Task, { id: { $in: await descendantsOf(tx, task.id) }, user: userId });
    for (const deleted of [task, ...subtasks]) {
      deleted.isDeleted = true;
      deleted.deletedAt = now;
      deleted.deletedWithTaskId = task.id;
      const notes = deleted === task ? null : `deleted with ${task.id}`;
      recordTaskHistory(tx, deleted, {
        action: "deleted",
        oldStatus: deleted.status,
        newStatus: deleted.status,
        notes,
      });
      recordEvent(tx, {
        type: "task.deleted",
        userId,
        aggregateId: deleted.id,
        payload: { title: deleted.title },
        // Linked goals react with this time: the request's clock, not the moment of recording.
        occurredAt: now,
      });
    }
  });
  return true;
}
