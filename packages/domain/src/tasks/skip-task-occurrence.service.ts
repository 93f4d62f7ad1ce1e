import { type Task } from "@momentum/db";
import { invalidInput } from "../errors/domain-error";
import { recordEvent } from "../events/outbox";
import { changeTasks, type TasksContext } from "./change-tasks";
import { followingOccurrence } from "./following-occurrence";
import { shiftedDay } from "./shifted-day";
import { findOwnTask } from "./task-access";
import { refreshDueAt } from "./task-due";
import { taskFacts } from "./task-events";
import { recordTaskHistory } from "./task-history";
import { isOpen } from "./task-status";

const dueText = (task: Pick<Task, "dueDate" | "dueOn">) => task.dueDate?.toISOString() ?? task.dueOn ?? "";

/**
 * Moves an open recurring task on to its next occurrence without completing it: the same task, due
 * then (its reminder and start date follow), with a "skipped" history line and a
 * task.updated event. No completion: no points, achievements or goal progress.
 */
export async function skipTaskOccurrence(
  context: TasksContext,
  userId: string,
  taskId: string,
  now = new Date(),
): Promise<Task> {
  return changeTasks(context, userId, async (tx) => {
    const task = await findOwnTask(tx, userId, taskId, { forUpdate: true });
    if (!task.recurrenceRule) throw invalidInput([{ field: "id", message: "is not a recurring task" }]);
    if (!isOpen(task.status))
      throw invalidInput([{ field: "id", message: "is closed: only an open occurrence can be skipped" }]);
    const following = await followingOccurrence(tx, task, now);
    if (!following)
      throw invalidInput([{ field: "id", message: "has no next occurrence: its series has ended" }]);
    const { due, shift, days } = following;
    const skipped = dueText(task);

    const changedFields = [task.dueDate ? "dueDate" : "dueOn"];
    task.dueDate = due.dueDate;
    task.dueOn = due.dueOn;
    if (task.startOn) {
      task.startOn = shiftedDay(task.startOn, days);
      changedFields.push("startOn");
    }
    if (task.reminderTime) {
      task.reminderTime = new Date(task.reminderTime.getTime() + shift);
      changedFields.push("reminderTime");
    }
    const occurrence = typeof task.metadata.occurrence === "number" ? task.metadata.occurrence : 1;
    task.metadata = { ...task.metadata, occurrence: occurrence + 1 };
    await refreshDueAt(tx, task);

    recordTaskHistory(tx, task, {
      action: "skipped",
      oldStatus: task.status,
      newStatus: task.status,
      notes: `skipped the occurrence due ${skipped}; next due ${dueText(task)}`,
    });
    recordEvent(tx, {
      type: "task.updated",
      userId,
      aggregateId: task.id,
      payload: { ...taskFacts(task), changedFields },
      occurredAt: now,
    });
    return task;
  });
}
