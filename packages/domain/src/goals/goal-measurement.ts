import { type EntityManager } from "@mikro-orm/postgresql";
import { type Goal, MeasurementType } from "@momentum/db";
import { type WeekdayName } from "../time/calendar-day";
import { countNumericHabitCompletions } from "./numeric-habit-completions";
import { type GoalMeasure } from "./goal-progress";

interface Counts {
  completed: number;
  counted: number;
}

/**
 * What each goal's progress is measured from, counting linked tasks, habit completions and milestones
 * in at most one query per counted type, inside the caller's transaction (flush first: the SQL reads
 * the database, not the unit of work).
 */
export async function measureGoals(
  tx: EntityManager,
  goals: readonly Goal[],
  day: { today: string; weekStartsOn: WeekdayName },
): Promise<Map<string, GoalMeasure>> {
  const idsOf = (type: MeasurementType) =>
    goals.filter((goal) => goal.measurementType === type).map((goal) => goal.id);
  const tasks = await countLinkedTasks(tx, idsOf(MeasurementType.Tasks));
  const habitGoals = idsOf(MeasurementType.Habits);
  const habits = await countHabitCompletions(tx, habitGoals);
  for (const [goalId, count] of await countNumericHabitCompletions(tx, habitGoals, day)) {
    habits.set(goalId, (habits.get(goalId) ?? 0) + count);
  }
  const milestones = await countMilestones(tx, idsOf(MeasurementType.Milestones));
  return new Map(goals.map((goal) => [goal.id, measureOf(goal, tasks, habits, milestones)]));
}

/** A goal measured by values recorded by hand, at `currentValue`; null for goals counted from other rows. */
export function recordedMeasure(goal: Goal, currentValue: number): GoalMeasure | null {
  switch (goal.measurementType) {
    case MeasurementType.Numeric:
      return {
        type: goal.measurementType,
        currentValue,
        targetValue: goal.targetValue ?? 0,
        startValue: goal.startValue ?? 0,
      };
    case MeasurementType.Percentage:
    case MeasurementType.Boolean:
      return { type: goal.measurementType, currentValue };
    default:
      return null;
  }
}

function measureOf(
  goal: Goal,
  tasks: Map<string, Counts>,
  habits: Map<string, number>,
  milestones: Map<string, Counts>,
): GoalMeasure {
  const none: Counts = { completed: 0, counted: 0 };
  switch (goal.measurementType) {
    case MeasurementType.Tasks:
      return { type: goal.measurementType, ...(tasks.get(goal.id) ?? none) };
    case MeasurementType.Habits:
      return {
        type: goal.measurementType,
        completions: habits.get(goal.id) ?? 0,
        targetValue: goal.targetValue ?? 0,
      };
    case MeasurementType.Milestones: {
      const { completed, counted } = milestones.get(goal.id) ?? none;
      return { type: goal.measurementType, completed, total: counted };
    }
    default:
      return recordedMeasure(goal, goal.currentValue)!;
  }
}

/** Linked tasks that are completed, of those that still count: deleted and cancelled tasks do not. */
async function countLinkedTasks(tx: EntityManager, goalIds: string[]): Promise<Map<string, Counts>> {
  if (goalIds.length === 0) return new Map();
  const rows = await tx.execute<({ goal_id: string } & Counts)[]>(
    `select gt.goal_id,
            (count(*) filter (where t.status = 'completed'))::int as completed,
            (count(*) filter (where t.status <> 'cancelled'))::int as counted
     from goal_tasks gt join tasks t on t.id = gt.task_id
     where gt.goal_id in (?) and not t.is_deleted
     group by gt.goal_id`,
    [goalIds],
  );
  return new Map(rows.map(({ goal_id, completed, counted }) => [goal_id, { completed, counted }]));
}

/**
 * Completions of each goal's linked yes/no habits on or after the goal's start date: their logs that
 * are not skips. Numeric habits are counted by countNumericHabitCompletions.
 */
async function countHabitCompletions(tx: EntityManager, goalIds: string[]): Promise<Map<string, number>> {
  if (goalIds.length === 0) return new Map();
  const rows = await tx.execute<{ goal_id: string; completions: number }[]>(
    `select gh.goal_id, count(*)::int as completions
     from goal_habits gh
       join goals g on g.id = gh.goal_id
       join habits h on h.id = gh.habit_id
       join habit_logs l on l.habit_id = gh.habit_id and l.completed_date >= g.start_date
     where gh.goal_id in (?) and l.skip_reason is null and h.target_value is null
     group by gh.goal_id`,
    [goalIds],
  );
  return new Map(rows.map(({ goal_id, completions }) => [goal_id, completions]));
}

async function countMilestones(tx: EntityManager, goalIds: string[]): Promise<Map<string, Counts>> {
  if (goalIds.length === 0) return new Map();
  const rows = await tx.execute<({ goal_id: string } & Counts)[]>(
    `select goal_id, count(completed_at)::int as completed, count(*)::int as counted
     from milestones where goal_id in (?) group by goal_id`,
    [goalIds],
  );
  return new Map(rows.map(({ goal_id, completed, counted }) => [goal_id, { completed, counted }]));
}
