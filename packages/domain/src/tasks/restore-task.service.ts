import { LockMode } from "@mikro-orm/core";
import { Task } from "@momentum/db";
import { invalidInput } from "../errors/domain-error";
import { recordEvent } from "../events/outbox";
import { findOwn } from "../ownership/find-own";
import { changeTasks, type TasksContext } from "./change-tasks";
import { taskFacts } from "./task-events";
import { recordTaskHistory } from "./task-history";
import { trashCutoff } from "./trash-rules";

/**
 * Brings a task back from the trash with the subtasks deleted with it (not those deleted earlier on
 * their own: they stay in the trash). Only a task whose parent is live can come back: a subtask deleted
 * with its parent, or whose parent was deleted after it, answers BAD_USER_INPUT (restore the parent).
 * A task not in the trash (live, purged, someone else's) is NOT_FOUND.
 */
export async function restoreTask(
  context: TasksContext,
  userId: string,
  taskId: string,
  now = new Date(),
): Promise<Task> {
  return changeTasks(context, userId, async (tx) => {
    const task = await findOwn(tx, Task, "Task", userId, taskId, {
      forUpdate: true,
      live: { isDeleted: true, deletedAt: { $gt: trashCutoff(now) } },
    });
    const parent = task.parentTask && (await tx.findOneOrFail(Task, task.parentTask.id));
    if (task.deletedWithTaskId !== task.id || parent?.isDeleted) {
      throw invalidInput([{ field: "id", message: "its parent task is in the trash: restore the parent" }]);
    }
    const restored = await tx.find(
      Task,
      { user: userId, isDeleted: true, deletedWithTaskId: task.id },
      { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { id: "asc" } },
    );
    for (const back of restored) {
      back.isDeleted = false;
      back.deletedAt = null;
      back.deletedWithTaskId = null;
      recordTaskHistory(tx, back, {
        action: "restored",
        oldStatus: back.status,
        newStatus: back.status,
        notes: back === task ? null : `restored with ${task.id}`,
      });
      recordEvent(tx, {
        type: "task.restored",
        userId,
        aggregateId: back.id,
        payload: taskFacts(back),
        occurredAt: now,
      });
    }
    return task;
  });
}
