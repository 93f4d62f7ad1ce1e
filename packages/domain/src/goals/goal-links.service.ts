import { type EntityName } from "@mikro-orm/core";
import { type EntityManager } from "@mikro-orm/postgresql";
import { type Goal, GoalHabit, GoalTask, MeasurementType } from "@momentum/db";
import { conflict, notFound } from "../errors/domain-error";
import { transactionalWithReactions } from "../events/domain-reactions";
import { findOwnHabit } from "../habits/habit-access";
import { findOwnTask } from "../tasks/task-access";
import { findChangeableGoal } from "./goal-access";
import { remeasureGoals } from "./linked-goal-refresh";

/** What differs between linking tasks and linking habits. */
interface LinkKind {
  name: "task" | "habit";
  entity: EntityName<GoalTask | GoalHabit>;
  /** The goal type these links drive. */
  measures: MeasurementType;
  /** The user's own task or habit (NOT_FOUND otherwise), locked as its own services lock it. */
  lockLinked(tx: EntityManager, userId: string, id: string): Promise<{ id: string; title: string }>;
}

const taskLinks: LinkKind = {
  name: "task",
  entity: GoalTask,
  measures: MeasurementType.Tasks,
  lockLinked: (tx, userId, id) => findOwnTask(tx, userId, id, { forUpdate: true }),
};

const habitLinks: LinkKind = {
  name: "habit",
  entity: GoalHabit,
  measures: MeasurementType.Habits,
  lockLinked: (tx, userId, id) => findOwnHabit(tx, userId, id, { forUpdate: true }),
};

/**
 * Adds or removes one link. The task or habit is locked before the goal, the order the task and habit
 * services take them in (no deadlock), so a completion committed meanwhile is counted when the goal is
 * measured again here.
 */
function changeLink(
  kind: LinkKind,
  action: "link" | "unlink",
  em: EntityManager,
  userId: string,
  goalId: string,
  linkedId: string,
  now: Date,
): Promise<Goal> {
  return transactionalWithReactions(em, async (tx) => {
    const linked = await kind.lockLinked(tx, userId, linkedId);
    const goal = await findChangeableGoal(tx, userId, goalId);
    const where = { goal, [kind.name]: linked.id };
    const link = await tx.findOne(kind.entity, where as never);
    if (action === "link") {
      if (link) throw conflict(`The ${kind.name} is already linked to this goal`);
      tx.create(kind.entity, { ...where, user: goal.user, createdAt: now } as never);
    } else {
      if (!link) throw notFound(`${kind.name === "task" ? "Task" : "Habit"} link`);
      tx.remove(link);
    }
    if (goal.measurementType === kind.measures) {
      const notes = `${kind.name} "${linked.title}" ${action}ed`;
      await remeasureGoals(tx, [goal], { cause: `${kind.name}_${action}ed`, notes }, now);
    }
    return goal;
  });
}

/** Links one of the user's tasks to one of their goals, once (CONFLICT after); a goal measured in tasks moves. */
export const linkTaskToGoal = (
  em: EntityManager,
  userId: string,
  goalId: string,
  taskId: string,
  now = new Date(),
) => changeLink(taskLinks, "link", em, userId, goalId, taskId, now);

/** Removes a task's link (NOT_FOUND when there is none); a goal measured in tasks moves. */
export const unlinkTaskFromGoal = (
  em: EntityManager,
  userId: string,
  goalId: string,
  taskId: string,
  now = new Date(),
) => changeLink(taskLinks, "unlink", em, userId, goalId, taskId, now);

/** Links one of the user's habits to one of their goals, once (CONFLICT after); a goal measured in habits moves. */
export const linkHabitToGoal = (
  em: EntityManager,
  userId: string,
  goalId: string,
  habitId: string,
  now = new Date(),
) => changeLink(habitLinks, "link", em, userId, goalId, habitId, now);

/** Removes a habit's link (NOT_FOUND when there is none); a goal measured in habits moves. */
export const unlinkHabitFromGoal = (
  em: EntityManager,
  userId: string,
  goalId: string,
  habitId: string,
  now = new Date(),
) => changeLink(habitLinks, "unlink", em, userId, goalId, habitId, now);
