import { type EntityManager } from "@mikro-orm/postgresql";
import { CategoryType, type Habit } from "@momentum/db";
import { parseInput } from "../errors/zod-fields";
import { findAttachableCategory } from "../categories/category-access";
import { changeHabit, type HabitChangeOptions } from "./habit-change";
import { assertEndNotBeforeStart } from "../time/date-span";
import { parseFrequency } from "./habit-frequency.schema";
import { type UpdateHabitInput, updateHabitInputSchema } from "./habit-input.schema";

/**
 * Changes a habit's details or schedule. A new frequency or end date re-reads the whole history, so
 * counters and streak rows are worked out again in the same transaction.
 */
export async function updateHabit(
  em: EntityManager,
  userId: string,
  habitId: string,
  rawInput: UpdateHabitInput,
  options: HabitChangeOptions,
): Promise<Habit> {
  const input = parseInput(updateHabitInputSchema, rawInput, "input");
  return changeHabit(em, userId, habitId, options, async ({ tx, habit, logs }) => {
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
    if (input.title !== undefined) habit.title = input.title;
    if (input.description !== undefined) habit.description = input.description;
    if (input.reminderTime !== undefined) habit.reminderTime = input.reminderTime;
    if (input.categoryId !== undefined) {
      habit.category = input.categoryId
        ? await findAttachableCategory(tx, userId, input.categoryId, CategoryType.Habit, "input.categoryId")
        : null;
    }
    return logs;
  });
}
