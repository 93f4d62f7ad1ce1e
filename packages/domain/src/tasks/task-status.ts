import { type EntityManager } from "@mikro-orm/postgresql";
import { Task, TaskStatus } from "@momentum/db";
import { recordEvent } from "../events/outbox";
import { todayOfUser } from "../time/user-today";
import { addTask } from "./add-task";
import { taskFacts } from "./task-events";
import { recordTaskHistory } from "./task-history";
import { followingOccurrence } from "./following-occurrence";
import { shiftedDay } from "./shifted-day";
import { refreshDueAt } from "./task-due";
import { copyTaskTags } from "../tags/tag-links";

const closedStatuses: readonly TaskStatus[] = [TaskStatus.Completed, TaskStatus.Cancelled];
export const isOpen = (status: TaskStatus) => !closedStatuses.includes(status);

/**
 * Moves a task to `status` with its history line and event: completing sets `completedAt` (and
 * schedules a recurring task's next occurrence), every other status clears it. Same status: no change.
 * Completing a parent leaves its open subtasks open: it is a statement about the parent only.
 */
export async function changeTaskStatus(
  tx: EntityManager,
  task: Task,
  status: TaskStatus,
  now: Date,
): Promise<void> {
  const oldStatus = task.status;
  if (status === oldStatus) return;
  task.status = status;
  task.completedAt = status === TaskStatus.Completed ? now : null;
  const userId = task.user.id;

  if (status === TaskStatus.Completed) {
    const next = await scheduleNextOccurrence(tx, task, now);
    const notes = next ? `next occurrence ${next.id}` : seriesEnded(task) ? "the series has ended" : null;
    recordTaskHistory(tx, task, { action: "completed", oldStatus, newStatus: status, notes });
    const completedOn = await todayOfUser(tx, userId, now);
    recordEvent(tx, {
      type: "task.completed",
      userId,
      aggregateId: task.id,
      payload: { ...taskFacts(task), completedAt: now.toISOString(), completedOn },
      occurredAt: now,
    });
  } else if (!isOpen(oldStatus) && isOpen(status)) {
    recordTaskHistory(tx, task, { action: "reopened", oldStatus, newStatus: status });
    recordEvent(tx, {
      type: "task.reopened",
      userId,
      aggregateId: task.id,
      payload: taskFacts(task),
      occurredAt: now,
    });
  } else {
    recordTaskHistory(tx, task, { action: "status_changed", oldStatus, newStatus: status });
    recordEvent(tx, {
      type: "task.updated",
      userId,
      aggregateId: task.id,
      payload: { ...taskFacts(task), changedFields: ["status"] },
      occurredAt: now,
    });
  }
}

const seriesEnded = (task: Task) => Boolean(task.recurrenceRule) && !task.metadata.nextOccurrenceId;

/**
 * A completed recurring task's next occurrence: a new pending task carrying the series, due at the
 * rule's next occurrence (see nextOccurrence: after this one's due date and `now`, or counted from the
 * completion), with the same reminder offset, duration and start offset, and copies of the still open
 * direct subtasks. Completing the same occurrence again adds none.
 */
async function scheduleNextOccurrence(tx: EntityManager, task: Task, now: Date): Promise<Task | null> {
  if (task.metadata.nextOccurrenceId) return null;
  const following = await followingOccurrence(tx, task, now);
  if (!following) return null;
  const { due, shift, days } = following;
  const shifted = (date?: Date | null) => (date ? new Date(date.getTime() + shift) : null);

  const next = addTask(
    tx,
    {
      user: task.user,
      title: task.title,
      description: task.description ?? null,
      priority: task.priority,
      category: task.category ?? null,
      parentTask: task.parentTask ?? null,
      ...due,
      startOn: shiftedDay(task.startOn, days),
      durationMinutes: task.durationMinutes ?? null,
      reminderTime: shifted(task.reminderTime),
      recurrenceRule: task.recurrenceRule,
      metadata: {
        seriesId: task.metadata.seriesId ?? task.id,
        seriesStart: task.metadata.seriesStart ?? task.dueDate?.toISOString() ?? task.dueOn,
        occurrence: (typeof task.metadata.occurrence === "number" ? task.metadata.occurrence : 1) + 1,
      },
    },
    `next occurrence after ${task.id}`,
  );
  await refreshDueAt(tx, next);
  await copyTaskTags(tx, task, next);
  const openSubtasks = await tx.find(Task, {
    parentTask: task.id,
    isDeleted: false,
    status: { $in: [TaskStatus.Pending, TaskStatus.InProgress] },
  });
  for (const subtask of openSubtasks) {
    const copy = addTask(tx, {
      user: task.user,
      title: subtask.title,
      description: subtask.description ?? null,
      priority: subtask.priority,
      category: subtask.category ?? null,
      parentTask: next,
      dueDate: shifted(subtask.dueDate),
      dueOn: shiftedDay(subtask.dueOn, days),
      durationMinutes: subtask.durationMinutes ?? null,
      reminderTime: shifted(subtask.reminderTime),
    });
    await refreshDueAt(tx, copy);
  }
  task.metadata = { ...task.metadata, nextOccurrenceId: next.id };
  return next;
}
