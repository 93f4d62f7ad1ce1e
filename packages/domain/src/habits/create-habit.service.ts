import { type EntityManager } from "@mikro-orm/postgresql";
import { CategoryType, Habit, HabitTargetType, User } from "@momentum/db";
import { parseInput } from "../errors/zod-fields";
import { transactionalWithReactions } from "../events/domain-reactions";
import { recordEvent } from "../events/outbox";
import { findAttachableCategory } from "../categories/category-access";
import { replaceHabitTags } from "../tags/tag-links";
import { userDayOf, userDaysOf } from "../time/user-day";
import { assertEndNotBeforeStart } from "../time/date-span";
import { parseFrequency } from "./habit-frequency.schema";
import { type CreateHabitInput, createHabitInputSchema } from "./habit-input.schema";
import { replaceHabitReminders, requestedHabitReminders } from "./habit-reminders";
import { assertTargetComplete } from "./habit-target";

/** Creates a habit starting on the given day, or today in the user's zone. */
export async function createHabit(
  em: EntityManager,
  userId: string,
  rawInput: CreateHabitInput,
  options: { now?: Date } = {},
): Promise<Habit> {
  const input = parseInput(createHabitInputSchema, rawInput, "input");
  const frequency = parseFrequency(input.frequencyType, input.frequencyConfig ?? {}, "input.frequencyConfig");
  const reminders = requestedHabitReminders(input) ?? [];
  const target = {
    unit: input.unit ?? null,
    targetValue: input.targetValue ?? null,
    targetType: input.targetType ?? HabitTargetType.AtLeast,
  };
  assertTargetComplete(target, "input.targetValue");
  return transactionalWithReactions(em, async (tx) => {
    const owner = await tx.findOneOrFail(User, { id: userId });
    const startDate = input.startDate ?? userDayOf(userDaysOf(owner), options.now ?? new Date());
    assertEndNotBeforeStart(startDate, input.endDate ?? null, "input.endDate");
    const category = input.categoryId
      ? await findAttachableCategory(tx, userId, input.categoryId, CategoryType.Habit, "input.categoryId")
      : null;
    const habit = tx.create(Habit, {
      user: owner,
      title: input.title,
      description: input.description ?? null,
      frequencyType: frequency.type,
      frequencyConfig: frequency.config,
      startDate,
      endDate: input.endDate ?? null,
      category,
      ...target,
    });
    await replaceHabitReminders(tx, habit, reminders, []);
    if (input.tagIds?.length) await replaceHabitTags(tx, userId, habit, input.tagIds, "input.tagIds");
    recordEvent(tx, {
      type: "habit.created",
      userId,
      aggregateId: habit.id,
      payload: {
        title: habit.title,
        frequencyType: habit.frequencyType,
        startDate,
        categoryId: category?.id ?? null,
      },
    });
    return habit;
  });
}
