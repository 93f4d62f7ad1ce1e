import { CategoryType, type Task } from "@momentum/db";
import { parseInput } from "../errors/zod-fields";
import { addTask } from "./add-task";
import { changeTasks, type TasksContext } from "./change-tasks";
import { findAttachableCategory } from "../categories/category-access";
import { findAllowedParent } from "./task-hierarchy";
import { replaceTaskTags } from "../tags/tag-links";
import { createTaskInputSchema, type CreateTaskInput } from "./task-input.schema";
import { anchorSeries, recurrenceRuleFor } from "./task-series";
import { assertOneDueDate, refreshDueAt } from "./task-due";

/** Creates a task (or a subtask of one of the user's tasks), recurring if it has a rule, with its first history line and event. */
export async function createTask(
  context: TasksContext,
  userId: string,
  rawInput: CreateTaskInput,
): Promise<Task> {
  const input = parseInput(createTaskInputSchema, rawInput, "input");
  assertOneDueDate({ dueDate: input.dueDate, dueOn: input.dueOn }, "input.dueOn");
  return changeTasks(context, userId, async (tx) => {
    const category = input.categoryId
      ? await findAttachableCategory(tx, userId, input.categoryId, CategoryType.Task, "input.categoryId")
      : null;
    const parentTask = input.parentTaskId ? await findAllowedParent(tx, userId, input.parentTaskId) : null;
    const recurrenceRule = input.recurrence ? await recurrenceRuleFor(tx, userId, input.recurrence) : null;

    const task = addTask(tx, {
      user: userId,
      title: input.title,
      description: input.description ?? null,
      dueDate: input.dueDate ?? null,
      priority: input.priority,
      category,
      parentTask,
      reminderTime: input.reminderTime ?? null,
      recurrenceRule,
      dueOn: input.dueOn ?? null,
      startOn: input.startOn ?? null,
      durationMinutes: input.durationMinutes ?? null,
    });
    await refreshDueAt(tx, task);
    anchorSeries(task);
    if (input.tagIds?.length) await replaceTaskTags(tx, userId, task, input.tagIds, "input.tagIds");
    return task;
  });
}
