import { type EntityManager } from "@mikro-orm/postgresql";
import { Category, Milestone, TaskStatus, User } from "@momentum/db";
import { type Redis } from "ioredis";
import { type Logger } from "@momentum/platform";
import { createCategory } from "../categories/create-category.service";
import { conflict, DomainError } from "../errors/domain-error";
import { addMilestone } from "../goals/add-milestone.service";
import { archiveGoal } from "../goals/archive-goal.service";
import { completeMilestone } from "../goals/complete-milestone.service";
import { createGoal } from "../goals/create-goal.service";
import { linkHabitToGoal, linkTaskToGoal } from "../goals/goal-links.service";
import { recordGoalProgress } from "../goals/record-goal-progress.service";
import { updateGoal } from "../goals/update-goal.service";
import { archiveHabit } from "../habits/archive-habit.service";
import { createHabit } from "../habits/create-habit.service";
import { type HabitChangeOptions } from "../habits/habit-change";
import { HabitStreakCache } from "../habits/habit-streak-cache";
import { logHabit } from "../habits/log-habit.service";
import { skipHabit } from "../habits/skip-habit.service";
import { nextOccurrence } from "../recurrence/next-occurrence";
import { completeTask } from "../tasks/complete-task.service";
import { createTask } from "../tasks/create-task.service";
import { updateTask } from "../tasks/update-task.service";
import { todayIn } from "../time/today-in";
import { instantOfWallClock } from "../time/wall-clock-instant";
import {
  type ImportedCategory,
  type ImportedGoal,
  type ImportedHabit,
  type ImportedObject,
  type ImportedTask,
} from "./import-plan";
import { createImportedSavedFilter, createImportedTag, tagIdsOf } from "./import-tag-objects";

/** What creating one imported object needs, inside its own transaction `tx`. */
export interface ImportObjectContext {
  tx: EntityManager;
  redis: Redis;
  logger?: Logger;
  userId: string;
  now: Date;
  /** The id a source key became, in this import or an earlier one; null if it was not imported. */
  resolve(key: string): Promise<string | null>;
  /** An odd value imported anyway, or a link to a row that was not imported. */
  warn(where: string, message: string): void;
  /** A row of the object that is left out (a log on a day the habit does not accept). */
  skip(where: string, message: string): void;
}

/**
 * Creates one imported object and its children (a task's subtasks, a habit's logs, a goal's milestones
 * and links) through the domain's services, so validation, events, achievements and derived state are
 * those of the app. Answers its id, or null for a category that already existed under the same name.
 */
export async function createImportedObject(
  context: ImportObjectContext,
  object: ImportedObject,
): Promise<{ id: string; reused?: boolean }> {
  switch (object.kind) {
    case "category":
      return createImportedCategory(context, object);
    case "tag":
      return createImportedTag(context, object);
    case "savedFilter":
      return { id: await createImportedSavedFilter(context, object) };
    case "task":
      return { id: await createImportedTask(context, object, null) };
    case "habit":
      return { id: await createImportedHabit(context, object) };
    case "goal":
      return { id: await createImportedGoal(context, object) };
  }
}

/** A section or category the user already has under the same name is used rather than created twice. */
async function createImportedCategory(
  { tx, userId }: ImportObjectContext,
  category: ImportedCategory,
): Promise<{ id: string; reused?: boolean }> {
  const existing = await tx.findOne(Category, { user: userId, name: category.name.trim(), isDeleted: false });
  if (existing) {
    if (existing.type !== category.type) {
      throw conflict(`a ${existing.type} category named "${existing.name}" already exists`);
    }
    return { id: existing.id, reused: true };
  }
  const created = await createCategory(tx, userId, {
    name: category.name,
    color: category.color,
    icon: category.icon,
    type: category.type as never,
  });
  return { id: created.id };
}

async function categoryIdOf(context: ImportObjectContext, key: string | null | undefined, where: string) {
  if (!key) return null;
  const id = await context.resolve(key);
  if (!id) context.warn(where, "its category was not imported; imported without a category");
  return id;
}

async function createImportedTask(
  context: ImportObjectContext,
  task: ImportedTask,
  parentTaskId: string | null,
): Promise<string> {
  const { tx, redis, logger, userId, now } = context;
  const tasks = { em: tx, redis, logger };
  const created = await createTask(tasks, userId, {
    title: task.title,
    description: task.description,
    dueDate:
      task.dueDate ??
      (task.recurrence && !task.dueOn ? await firstOccurrence(context, task.recurrence) : null),
    dueOn: task.dueOn,
    startOn: task.startOn,
    durationMinutes: task.durationMinutes,
    reminders: task.reminders,
    tagIds: await tagIdsOf(context, task.tagKeys, task.where),
    priority: task.priority,
    categoryId: parentTaskId ? null : await categoryIdOf(context, task.categoryKey, task.where),
    parentTaskId,
    recurrence: task.recurrence,
  });
  for (const subtask of task.subtasks)
    await namingRow(subtask.where, () => createImportedTask(context, subtask, created.id));
  if (task.status === "completed") await completeTask(tasks, userId, created.id, now);
  else if (task.status === "cancelled")
    await updateTask(tasks, userId, created.id, { status: TaskStatus.Cancelled }, now);
  else if (task.status === "in_progress") {
    await updateTask(tasks, userId, created.id, { status: TaskStatus.InProgress }, now);
  }
  return created.id;
}

/** A rule without a due date starts at its first occurrence from the end of the import's day on. */
async function firstOccurrence(
  { tx, userId, now }: ImportObjectContext,
  recurrence: { rrule: string; timezone?: string | null },
): Promise<Date | null> {
  const zone =
    recurrence.timezone ?? (await tx.findOneOrFail(User, userId, { fields: ["timezone"] })).timezone;
  const start = instantOfWallClock(todayIn(zone, now), "23:59", zone);
  const justBefore = new Date(start.getTime() - 1);
  return nextOccurrence({ rule: { rrule: recurrence.rrule, timezone: zone }, start }, justBefore, justBefore);
}

async function createImportedHabit(context: ImportObjectContext, imported: ImportedHabit): Promise<string> {
  const { tx, userId, now } = context;
  const options: HabitChangeOptions = { streakCache: new HabitStreakCache(context.redis), now };
  const habit = await createHabit(
    tx,
    userId,
    {
      ...imported.input,
      categoryId: await categoryIdOf(context, imported.categoryKey, imported.where),
      tagIds: await tagIdsOf(context, imported.tagKeys, imported.where),
    },
    { now },
  );
  for (const log of [...imported.logs].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))) {
    await asSavepoint(context, `${imported.where}: the log of ${log.date}`, () =>
      log.skipReason
        ? skipHabit(tx, userId, { habitId: habit.id, date: log.date, reason: log.skipReason }, options)
        : logHabit(
            tx,
            userId,
            { habitId: habit.id, date: log.date, value: log.value, notes: log.notes, mood: log.mood },
            options,
          ),
    );
  }
  if (imported.archived) await archiveHabit(tx, userId, habit.id, options);
  return habit.id;
}

async function createImportedGoal(context: ImportObjectContext, imported: ImportedGoal): Promise<string> {
  const { tx, userId, now } = context;
  const goal = await createGoal(
    tx,
    userId,
    { ...imported.input, categoryId: await categoryIdOf(context, imported.categoryKey, imported.where) },
    now,
  );
  for (const [position, { completed, ...milestone }] of imported.milestones.entries()) {
    await addMilestone(tx, userId, goal.id, milestone, now);
    if (!completed) continue;
    const added = await tx.findOneOrFail(
      Milestone,
      { goal: goal.id, position },
      { fields: ["id", "completedAt"] },
    );
    if (!added.completedAt) await completeMilestone(tx, userId, added.id, now);
  }
  const links = [
    ...imported.linkedTaskKeys.map((key) => ({ key, link: linkTaskToGoal, what: "task" })),
    ...imported.linkedHabitKeys.map((key) => ({ key, link: linkHabitToGoal, what: "habit" })),
  ];
  for (const { key, link, what } of links) {
    const linkedId = await context.resolve(key);
    if (linkedId) await link(tx, userId, goal.id, linkedId, now);
    else context.warn(imported.where, `a linked ${what} was not imported; the link is left out`);
  }
  if (imported.currentValue != null && imported.currentValue !== goal.currentValue) {
    await recordGoalProgress(tx, userId, { goalId: goal.id, value: imported.currentValue }, now);
  }
  if (imported.status && imported.status !== "active") {
    await asSavepoint(context, `${imported.where}: status ${imported.status}`, () =>
      updateGoal(tx, userId, goal.id, { status: imported.status as never }, now),
    );
  }
  if (imported.archived) await archiveGoal(tx, userId, goal.id);
  return goal.id;
}

/**
 * A part of an object that may be refused on its own (a log on a day the habit does not accept): the
 * service runs it in a savepoint of the object's transaction (a nested transaction), so a refusal
 * undoes only that part, which is left out with a warning.
 */
async function asSavepoint(
  context: ImportObjectContext,
  where: string,
  work: () => Promise<unknown>,
): Promise<void> {
  try {
    await work();
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    context.skip(where, describeRefusal(error));
  }
}

/** A refusal of a child row (a subtask), which takes its whole object with it but names its own line. */
export class RefusedRow extends Error {
  constructor(
    readonly where: string,
    readonly refusal: DomainError,
  ) {
    super(refusal.message);
  }
}

async function namingRow<T>(where: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw error instanceof DomainError ? new RefusedRow(where, error) : error;
  }
}

/** A domain refusal as one line: its message and the fields it names. */
export function describeRefusal(error: DomainError): string {
  const fields = error.details?.fields ?? [];
  if (fields.length === 0) return error.message;
  return fields.map(({ field, message }) => `${field.replace(/^input\./, "")} ${message}`).join("; ");
}
