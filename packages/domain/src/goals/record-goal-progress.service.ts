import { type EntityManager } from "@mikro-orm/postgresql";
import { type Goal } from "@momentum/db";
import { conflict } from "../errors/domain-error";
import { parseInput } from "../errors/zod-fields";
import { changeGoal } from "./goal-access";
import { type RecordGoalProgressInput, recordGoalProgressInputSchema } from "./goal-input.schema";
import { movesWithProgress } from "./goal-lifecycle";
import { recordedMeasure } from "./goal-measurement";
import { applyGoalMeasure } from "./goal-progress-change";
import { assertRecordableValue } from "./goal-targets";
import { completeReachedMilestones } from "./milestone-completion";
import { todayOfUser } from "../time/user-today";

/**
 * Records a new current value of a NUMERIC, PERCENTAGE or BOOLEAN goal with a goal_updates row (old
 * value, new value, notes); reaching the target completes the goal, falling back from it re-opens it.
 * A NUMERIC goal completes the milestones whose value it reaches (see completeReachedMilestones).
 * A paused or abandoned goal takes no values (CONFLICT): resume it first.
 */
export async function recordGoalProgress(
  em: EntityManager,
  userId: string,
  rawInput: RecordGoalProgressInput,
  now = new Date(),
): Promise<Goal> {
  const input = parseInput(recordGoalProgressInputSchema, rawInput);
  return changeGoal(em, userId, input.goalId, async (tx, goal) => {
    assertRecordableValue(goal.measurementType, input.value, "value");
    if (!movesWithProgress(goal))
      throw conflict(`The goal is ${goal.status}: make it active to record progress`);
    const measure = recordedMeasure(goal, input.value)!;
    applyGoalMeasure(
      tx,
      goal,
      measure,
      {
        cause: "recorded",
        day: await todayOfUser(tx, userId, now),
        notes: input.notes ?? null,
        recordUnchanged: true,
      },
      now,
    );
    await completeReachedMilestones(tx, goal, now);
    return goal;
  });
}
