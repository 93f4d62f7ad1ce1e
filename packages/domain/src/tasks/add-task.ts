import { type RequiredEntityData } from "@mikro-orm/core";
import { type EntityManager } from "@mikro-orm/postgresql";
import { Task, TaskStatus } from "@momentum/db";
import { recordEvent } from "../events/outbox";
import { createdTaskFacts } from "./task-events";
import { recordTaskHistory } from "./task-history";

/** Adds a pending task to the unit of work with its first history line and task.created event. */
export function addTask(tx: EntityManager, data: RequiredEntityData<Task>, notes?: string): Task {
  const task = tx.create(Task, { ...data, status: TaskStatus.Pending, completedAt: null });
  recordTaskHistory(tx, task, { action: "created", newStatus: task.status, notes });
  recordEvent(tx, {
    type: "task.created",
    userId: task.user.id,
    aggregateId: task.id,
    payload: createdTaskFacts(task),
  });
  return task;
}
