import { type EntityManager } from "@mikro-orm/postgresql";
import { Task, TaskStatus } from "@momentum/db";
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
 * then (its reminder, its start date and its open subtasks' dates follow), with a "skipped" history
 * line and a task.updated event. No completion: no points, achievements or goal progress.
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
    await moveOpenSubtasks(tx, task, shift, days, now);
    return task;
  });
}

/** The still open direct subtasks' dates move with their skipped parent, each change recorded. */
async function moveOpenSubtasks(tx: EntityManager, parent: Task, shift: number, days: number, now: Date) {
  const subtasks = await tx.find(Task, {
    parentTask: parent.id,
    isDeleted: false,
    status: { $in: [TaskStatus.Pending, TaskStatus.InProgress] },
  });
  for (const subtask of subtasks) {
    const changedFields = [
      ...(subtask.dueDate ? ["dueDate"] : []),
      ...(subtask.dueOn ? ["dueOn"] : []),
      ...(subtask.startOn ? ["startOn"] : []),
      ...(subtask.reminderTime ? ["reminderTime"] : []),
    ];
    if (changedFields.length === 0) continue;
    if (subtask.dueDate) subtask.dueDate = new Date(subtask.dueDate.getTime() + shift);
    if (subtask.reminderTime) subtask.reminderTime = new Date(subtask.reminderTime.getTime() + shift);
    subtask.dueOn = shiftedDay(subtask.dueOn, days);
    subtask.startOn = shiftedDay(subtask.startOn, days);
    await refreshDueAt(tx, subtask);
    recordTaskHistory(tx, subtask, {
      action: "updated",
      oldStatus: subtask.status,
      newStatus: subtask.status,
      notes: `moved with ${parent.id}, skipped: changed ${changedFields.join(", ")}`,
    });
    recordEvent(tx, {
      type: "task.updated",
      userId: parent.user.id,
      aggregateId: subtask.id,
      payload: { ...taskFacts(subtask), changedFields },
      occurredAt: now,
    });
  }
}
