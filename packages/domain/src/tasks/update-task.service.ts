import { type EntityManager } from "@mikro-orm/postgresql";
import { CategoryType, type Task } from "@momentum/db";
import { parseInput } from "../errors/zod-fields";
import { recordEvent } from "../events/outbox";
import { changeTasks, type TasksContext } from "./change-tasks";
import { findAttachableCategory } from "../categories/category-access";
import { findOwnTask } from "./task-access";
import { taskFacts } from "./task-events";
import { findAllowedParent } from "./task-hierarchy";
import { recordTaskHistory } from "./task-history";
import { updateTaskInputSchema, type UpdateTaskInput } from "./task-input.schema";
import { anchorSeries, recurrenceRuleFor } from "./task-series";
import { changeTaskStatus } from "./task-status";
import { assertOneDueDate, refreshDueAt } from "./task-due";
import { replaceTaskTags } from "../tags/tag-links";

type ParsedInput = ReturnType<typeof updateTaskInputSchema.parse>;

const sameValue = (a: unknown, b: unknown) =>
  a instanceof Date || b instanceof Date
    ? (a as Date | null)?.getTime() === (b as Date | null)?.getTime()
    : JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Changes the given fields of a task (left-out fields stay, null clears). Field changes leave one
 * "updated" history line and a task.updated event naming them; a status change is recorded as its own
 * transition (completing a recurring task schedules its next occurrence). Changing the due date or the
 * rule of a recurring task restarts its series there.
 */
export async function updateTask(
  context: TasksContext,
  userId: string,
  taskId: string,
  rawInput: UpdateTaskInput,
  now = new Date(),
): Promise<Task> {
  const input = parseInput(updateTaskInputSchema, rawInput, "input");
  return changeTasks(context, userId, async (tx) => {
    const task = await findOwnTask(tx, userId, taskId, { forUpdate: true });
    const changedFields = await applyFieldChanges(tx, userId, task, input);
    assertOneDueDate(task, input.dueOn !== undefined ? "input.dueOn" : "input.dueDate");
    if (changedFields.some((field) => field === "dueDate" || field === "dueOn")) await refreshDueAt(tx, task);
    if (changedFields.some((field) => field === "dueDate" || field === "dueOn" || field === "recurrence"))
      anchorSeries(task);
    if (changedFields.length > 0) {
      recordTaskHistory(tx, task, {
        action: "updated",
        oldStatus: task.status,
        newStatus: task.status,
        notes: `changed ${changedFields.join(", ")}`,
      });
      recordEvent(tx, {
        type: "task.updated",
        userId,
        aggregateId: task.id,
        payload: { ...taskFacts(task), changedFields },
      });
    }
    if (input.status !== undefined) await changeTaskStatus(tx, task, input.status, now);
    return task;
  });
}

/** Applies every given field that differs; returns the names of those that changed. */
async function applyFieldChanges(
  tx: EntityManager,
  userId: string,
  task: Task,
  input: ParsedInput,
): Promise<string[]> {
  const changed: string[] = [];
  const change = (field: string, current: unknown, next: unknown, apply: () => void) => {
    if (sameValue(current, next)) return;
    apply();
    changed.push(field);
  };

  if (input.title !== undefined) change("title", task.title, input.title, () => (task.title = input.title!));
  if (input.description !== undefined)
    change("description", task.description, input.description, () => (task.description = input.description));
  if (input.dueDate !== undefined)
    change("dueDate", task.dueDate, input.dueDate, () => (task.dueDate = input.dueDate));
  if (input.priority !== undefined)
    change("priority", task.priority, input.priority, () => (task.priority = input.priority!));
  if (input.reminderTime !== undefined)
    change(
      "reminderTime",
      task.reminderTime,
      input.reminderTime,
      () => (task.reminderTime = input.reminderTime),
    );
  if (input.categoryId !== undefined) {
    const category = input.categoryId
      ? await findAttachableCategory(tx, userId, input.categoryId, CategoryType.Task, "input.categoryId")
      : null;
    change("categoryId", task.category?.id, category?.id, () => (task.category = category));
  }
  if (input.parentTaskId !== undefined) {
    const parent = input.parentTaskId ? await findAllowedParent(tx, userId, input.parentTaskId, task) : null;
    change("parentTaskId", task.parentTask?.id, parent?.id, () => (task.parentTask = parent));
  }
  if (input.dueOn !== undefined) change("dueOn", task.dueOn, input.dueOn, () => (task.dueOn = input.dueOn));
  if (input.startOn !== undefined)
    change("startOn", task.startOn, input.startOn, () => (task.startOn = input.startOn));
  if (input.durationMinutes !== undefined)
    change(
      "durationMinutes",
      task.durationMinutes,
      input.durationMinutes,
      () => (task.durationMinutes = input.durationMinutes),
    );
  if (input.recurrence !== undefined) {
    const rule = input.recurrence ? await recurrenceRuleFor(tx, userId, input.recurrence) : null;
    change("recurrence", task.recurrenceRule, rule, () => (task.recurrenceRule = rule));
  }
  if (input.tagIds !== undefined && (await replaceTaskTags(tx, userId, task, input.tagIds, "input.tagIds")))
    changed.push("tagIds");
  return changed;
}
