import { type EntityManager } from "@mikro-orm/postgresql";
import { CategoryType, Goal, MeasurementType, User } from "@momentum/db";
import { parseInput } from "../errors/zod-fields";
import { transactionalWithReactions } from "../events/domain-reactions";
import { recordEvent } from "../events/outbox";
import { assertEndNotBeforeStart } from "../time/date-span";
import { findAttachableCategory } from "../categories/category-access";
import { userDayOf, userDaysOf } from "../time/user-day";
import { type CreateGoalInput, createGoalInputSchema } from "./goal-input.schema";
import { assertValidTargets } from "./goal-targets";

/**
 * Creates an active goal starting today in the user's zone unless told otherwise, at progress 0. A
 * NUMERIC goal's current value starts at its start value (default 0); a start above the target makes
 * a goal that goes down.
 */
export async function createGoal(
  em: EntityManager,
  userId: string,
  rawInput: CreateGoalInput,
  now = new Date(),
): Promise<Goal> {
  const input = parseInput(createGoalInputSchema, rawInput, "input");
  const { measurementType } = input;
  const targetValue = input.targetValue ?? null;
  const startValue =
    measurementType === MeasurementType.Numeric ? (input.startValue ?? 0) : (input.startValue ?? null);
  assertValidTargets({ measurementType, targetValue, startValue }, "input");

  return transactionalWithReactions(em, async (tx) => {
    const user = await tx.findOneOrFail(User, { id: userId });
    const startDate = input.startDate ?? userDayOf(userDaysOf(user), now);
    const targetDate = input.targetDate ?? null;
    assertEndNotBeforeStart(startDate, targetDate, "input.targetDate");
    const category = input.categoryId
      ? await findAttachableCategory(tx, userId, input.categoryId, CategoryType.Goal, "input.categoryId")
      : null;
    const goal = tx.create(Goal, {
      user,
      title: input.title,
      description: input.description ?? null,
      category,
      startDate,
      targetDate,
      measurementType,
      targetValue,
      startValue,
      currentValue: startValue ?? 0,
      createdAt: now,
      updatedAt: now,
    });
    recordEvent(tx, {
      type: "goal.created",
      userId,
      aggregateId: goal.id,
      payload: {
        title: goal.title,
        measurementType,
        targetValue,
        startDate,
        targetDate,
        categoryId: category?.id ?? null,
      },
      occurredAt: now,
    });
    return goal;
  });
}
