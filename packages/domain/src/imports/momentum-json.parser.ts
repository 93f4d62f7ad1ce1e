import { type FrequencyType, type HabitTargetType, MeasurementType, type Priority } from "@momentum/db";
import { liftLegacyTarget } from "../habits/habit-target";
import { type z } from "zod";
import { ImportPlanBuilder, type ImportPlan, type ImportedTask, UnreadableImport } from "./import-plan";
import {
  archiveCategorySchema,
  archiveGoalSchema,
  archiveHabitSchema,
  archiveSavedFilterSchema,
  archiveSchema,
  archiveTagSchema,
  archiveTaskSchema,
} from "./momentum-archive.schema";

/** Keys of the archive's objects: their ids, so a restore of the same archive finds them again. */
export const momentumKey = (
  kind: "category" | "tag" | "task" | "habit" | "goal" | "savedFilter",
  id: string,
) => `momentum:${kind}:${id}`;

/**
 * Reads the user data archive (`{"format":"momentum-export","version":1,...}`) back into objects:
 * categories, tasks with their subtasks, recurrence and status, habits with their logs and skipped days,
 * goals with milestones and links to the archive's tasks and habits, tags (one per name, whatever its
 * case) on tasks and habits, saved filters. Deleted rows (a task in the trash too) stay out; derived
 * state (streaks, progress, history, achievements) is not read but rebuilt by the services.
 */
export function parseMomentumJson(text: string): ImportPlan {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new UnreadableImport("the content is not JSON");
  }
  const frame = archiveSchema.safeParse(json);
  if (!frame.success)
    throw new UnreadableImport('not a Momentum export: expected {"format":"momentum-export","version":1}');
  const archive = frame.data;
  const plan = new ImportPlanBuilder();
  const rowsOf = <S extends z.ZodType>(section: string, rows: unknown[], schema: S) =>
    rows.flatMap((row, index) => {
      const where = `${section}[${index}]`;
      const parsed = schema.safeParse(row);
      if (parsed.success) return [{ where, row: parsed.data as z.infer<S> }];
      const issue = parsed.error.issues[0];
      plan.skip(where, `${issue?.path.join(".") || "row"} ${issue?.message ?? "is not readable"}`);
      return [];
    });

  for (const { where, row } of rowsOf("categories", archive.categories, archiveCategorySchema)) {
    if (row.is_deleted) continue;
    plan.add({
      kind: "category",
      key: momentumKey("category", row.id),
      ownId: row.id,
      where,
      name: row.name,
      color: row.color,
      icon: row.icon,
      type: row.type,
    });
  }

  // Tags whose names differ only in case are one tag: every archive id of the name maps to its first key.
  const tagKeyOf = new Map<string, string>();
  const tagKeyOfName = new Map<string, string>();
  for (const { where, row } of rowsOf("tags", archive.tags, archiveTagSchema)) {
    const name = row.name.trim().toLowerCase();
    const known = tagKeyOfName.get(name);
    if (known) {
      tagKeyOf.set(row.id, known);
      continue;
    }
    const key = momentumKey("tag", row.id);
    tagKeyOf.set(row.id, key);
    tagKeyOfName.set(name, key);
    plan.add({ kind: "tag", key, ownId: row.id, where, name: row.name, color: row.color });
  }
  const tagKeysOf = (ids: string[]) => [
    ...new Set(ids.map((tagId) => tagKeyOf.get(tagId) ?? momentumKey("tag", tagId))),
  ];

  const tasks = rowsOf("tasks", archive.tasks, archiveTaskSchema).filter(
    ({ row }) => !row.is_deleted && !row.deleted_at,
  );
  const present = new Set(tasks.map(({ row }) => row.id));
  const childrenOf = new Map<string, typeof tasks>();
  for (const task of tasks) {
    const parent = task.row.parent_task_id;
    if (parent && present.has(parent)) childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), task]);
  }
  // An archive from before reminder lists has the one reminder_time. A relative reminder of a task that
  // lost its due date cannot fire and would be refused, so it is left out with a warning.
  const taskRemindersOf = (where: string, row: (typeof tasks)[number]["row"]) => {
    if (row.reminders.length === 0) return row.reminder_time ? [{ at: new Date(row.reminder_time) }] : [];
    const dated = Boolean(row.due_date ?? row.due_on);
    if (!dated && row.reminders.some((reminder) => reminder.at == null))
      plan.warn(where, "a reminder relative to the due date was left out: the task has no due date");
    return row.reminders
      .filter((reminder) => dated || reminder.at != null)
      .map((reminder) => ({
        at: reminder.at ? new Date(reminder.at) : null,
        minutesBefore: reminder.minutes_before ?? null,
      }));
  };
  const taskOf = ({ where, row }: (typeof tasks)[number]): ImportedTask => ({
    kind: "task",
    key: momentumKey("task", row.id),
    ownId: row.id,
    where,
    title: row.title,
    description: row.description ?? null,
    dueDate: row.due_date ? new Date(row.due_date) : null,
    dueOn: row.due_on ?? null,
    startOn: row.start_on ?? null,
    durationMinutes: row.duration_minutes ?? null,
    reminders: taskRemindersOf(where, row),
    tagKeys: tagKeysOf(row.tagIds),
    priority: (row.priority ?? 0) as Priority,
    // A completed occurrence of a series is history: its next occurrence is a row of its own.
    recurrence: row.status === "completed" ? null : (row.recurrence_rule ?? null),
    categoryKey: row.category_id ? momentumKey("category", row.category_id) : null,
    status: row.status ?? "pending",
    subtasks: (childrenOf.get(row.id) ?? []).map(taskOf),
  });
  for (const task of tasks) {
    if (!task.row.parent_task_id || !present.has(task.row.parent_task_id)) plan.add(taskOf(task));
  }

  for (const { where, row } of rowsOf("habits", archive.habits, archiveHabitSchema)) {
    const frequencyType = row.frequency_type as FrequencyType;
    // Exports from before numeric habits kept target and unit in the config.
    const legacy = liftLegacyTarget(frequencyType, row.frequency_config ?? {});
    plan.add({
      kind: "habit",
      key: momentumKey("habit", row.id),
      ownId: row.id,
      where,
      input: {
        title: row.title,
        description: row.description,
        frequencyType,
        frequencyConfig: legacy.frequencyConfig,
        unit: row.unit ?? legacy.unit,
        targetValue: row.target_value ?? legacy.targetValue,
        ...(row.target_type ? { targetType: row.target_type as HabitTargetType } : {}),
        startDate: row.start_date,
        endDate: row.end_date,
        ...(row.reminders.length
          ? {
              reminders: row.reminders.map((reminder) => ({
                time: reminder.time.slice(0, 5),
                days: reminder.days ?? null,
              })),
            }
          : { reminderTime: row.reminder_time?.slice(0, 5) }),
      },
      categoryKey: row.category_id ? momentumKey("category", row.category_id) : null,
      tagKeys: tagKeysOf(row.tagIds),
      logs: row.logs.map((log) => ({
        date: log.completed_date,
        value: log.value,
        notes: log.notes,
        mood: log.mood,
        skipReason: log.skip_reason,
      })),
      archived: row.is_archived ?? false,
    });
  }

  for (const { where, row } of rowsOf("goals", archive.goals, archiveGoalSchema)) {
    const measurementType = row.measurement_type as MeasurementType;
    const measured =
      measurementType === MeasurementType.Numeric || measurementType === MeasurementType.Percentage;
    plan.add({
      kind: "goal",
      key: momentumKey("goal", row.id),
      ownId: row.id,
      where,
      input: {
        title: row.title,
        description: row.description,
        startDate: row.start_date,
        targetDate: row.target_date,
        measurementType,
        targetValue: row.target_value,
        startValue: row.start_value,
      },
      categoryKey: row.category_id ? momentumKey("category", row.category_id) : null,
      milestones: row.milestones.map((milestone) => ({
        title: milestone.title,
        targetValue: milestone.target_value,
        dueDate: milestone.due_date,
        completed: milestone.completed_at != null,
      })),
      linkedTaskKeys: row.linkedTasks.map((link) => momentumKey("task", link.task_id)),
      linkedHabitKeys: row.linkedHabits.map((link) => momentumKey("habit", link.habit_id)),
      currentValue: measured ? row.current_value : null,
      status: row.status ?? "active",
      archived: row.is_archived ?? false,
    });
  }

  for (const { where, row } of rowsOf("savedFilters", archive.savedFilters, archiveSavedFilterSchema)) {
    const { tagIds, ...filter } = row.filter;
    plan.add({
      kind: "savedFilter",
      key: momentumKey("savedFilter", row.id),
      ownId: row.id,
      where,
      name: row.name,
      filter,
      tagKeys: Array.isArray(tagIds) ? tagKeysOf(tagIds.map(String)) : [],
    });
  }
  return plan.plan();
}
