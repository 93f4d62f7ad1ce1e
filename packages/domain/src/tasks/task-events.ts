import { Priority, type Task } from "@momentum/db";
import { type PriorityName } from "../events/task.events";

export const priorityNames: Record<Priority, PriorityName> = {
  [Priority.None]: "none",
  [Priority.Low]: "low",
  [Priority.Medium]: "medium",
  [Priority.High]: "high",
  [Priority.Urgent]: "urgent",
};

/** The facts about a task that every task event carries. */
export const taskFacts = (task: Task) => ({
  title: task.title,
  priority: priorityNames[task.priority as Priority],
  dueDate: task.dueDate?.toISOString() ?? null,
  dueOn: task.dueOn ?? null,
});

/** The payload of task.created. */
export const createdTaskFacts = (task: Task) => ({
  ...taskFacts(task),
  categoryId: task.category?.id ?? null,
  parentTaskId: task.parentTask?.id ?? null,
});
