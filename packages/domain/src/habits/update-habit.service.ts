import { type EntityManager } from "@mikro-orm/postgresql";
import { CategoryType, type Habit } from "@momentum/db";
import { parseInput } from "../errors/zod-fields";
import { recordEvent } from "../events/outbox";
import { findAttachableCategory } from "../categories/category-access";
import { changeHabit, type HabitChangeOptions } from "./habit-change";
import { assertEndNotBeforeStart } from "../time/date-span";
import { parseFrequency } from "./habit-frequency.schema";
import { replaceHabitTags } from "../tags/tag-links";
import { type UpdateHabitInput, updateHabitInputSchema } from "./habit-input.schema";
import { replaceHabitReminders, requestedHabitReminders } from "./habit-reminders";
import { assertTargetComplete } from "./habit-target";

/** What updateHabit may change, by the input's names. */
const changeableFields = (habit: Habit) => ({
  title: habit.title,
  description: habit.description ?? null,
  frequencyType: habit.frequencyType,
  frequencyConfig: habit.frequencyConfig,
  endDate: habit.endDate ?? null,
  reminderTime: habit.reminderTime ?? null,
  categoryId: habit.category?.id ?? null,
  unit: habit.unit ?? null,
  targetValue: habit.targetValue ?? null,
  targetType: habit.targetType,
});

/**
 * Changes a habit's details or schedule, with a habit.updated event naming what changed. A new
 * frequency, end date or target re-reads the whole history, so counters, checkpoint and streak rows are worked
 * out again in the same transaction.
 */
export async function updateHabit(
  em: EntityManager,
  userId: string,
  habitId: string,
  rawInput: UpdateHabitInput,
  options: HabitChangeOptions,
): Promise<Habit> {
  const input = parseInput(updateHabitInputSchema, rawInput, "input");
  const reminders = requestedHabitReminders(input);
  const newSchedule =
    input.frequencyType !== undefined ||
    input.frequencyConfig !== undefined ||
    input.endDate !== undefined ||
    input.targetValue !== undefined ||
    input.targetType !== undefined;
  // A new schedule re-reads the whole history; other details leave the streaks as they are.
  return changeHabit(
    em,
    userId,
    habitId,
    (today) => (newSchedule ? null : today),
    options,
    async ({ tx, habit, logs, now }) => {
      const before = changeableFields(habit);
      if (input.frequencyType !== undefined || input.frequencyConfig !== undefined) {
        const type = input.frequencyType ?? habit.frequencyType;
        // A new type without a config starts from an empty one rather than reusing a config of another shape.
        const config = input.frequencyConfig ?? (type === habit.frequencyType ? habit.frequencyConfig : {});
        const frequency = parseFrequency(type, config, "input.frequencyConfig");
        habit.frequencyType = frequency.type;
        habit.frequencyConfig = frequency.config;
      }
      if (input.endDate !== undefined) {
        assertEndNotBeforeStart(habit.startDate, input.endDate, "input.endDate");
        habit.endDate = input.endDate;
      }
      if (input.unit !== undefined) habit.unit = input.unit;
      if (input.targetValue !== undefined) habit.targetValue = input.targetValue;
      if (input.targetType !== undefined) habit.targetType = input.targetType;
      assertTargetComplete(habit, "input.targetValue");
      if (input.title !== undefined) habit.title = input.title;
      if (input.description !== undefined) habit.description = input.description;
      const remindersChanged = reminders !== undefined && (await replaceHabitReminders(tx, habit, reminders));
      if (input.categoryId !== undefined) {
        habit.category = input.categoryId
          ? await findAttachableCategory(tx, userId, input.categoryId, CategoryType.Habit, "input.categoryId")
          : null;
      }
      const after = changeableFields(habit);
      const changedFields: string[] = (Object.keys(after) as (keyof typeof after)[]).filter(
        (field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]),
      );
      if (remindersChanged && !changedFields.includes("reminderTime")) changedFields.push("reminders");
      if (
        input.tagIds !== undefined &&
        (await replaceHabitTags(tx, userId, habit, input.tagIds, "input.tagIds"))
      )
        changedFields.push("tagIds");
      if (changedFields.length > 0) {
        recordEvent(tx, {
          type: "habit.updated",
          userId,
          aggregateId: habit.id,
          payload: { title: habit.title, frequencyType: habit.frequencyType, changedFields },
          occurredAt: now,
        });
      }
      return logs;
    },
  );
}
