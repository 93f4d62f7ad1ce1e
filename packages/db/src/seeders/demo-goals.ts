import type { EntityManager } from "@mikro-orm/core";
import type { DateTime } from "luxon";
import type { Category } from "../entities/category.entity";
import { MeasurementType, TaskStatus } from "../entities/enums";
import { GoalTask } from "../entities/goal-task.entity";
import { GoalUpdate } from "../entities/goal-update.entity";
import { Goal } from "../entities/goal.entity";
import { Milestone } from "../entities/milestone.entity";
import type { Task } from "../entities/task.entity";
import type { User } from "../entities/user.entity";

const percentOf = (part: number, whole: number) => Math.round((part / whole) * 10_000) / 100;

/** A downward numeric goal with its update history, a goal measured by linked tasks, and a milestone goal. */
export function createDemoGoals(
  em: EntityManager,
  user: User,
  categories: { health: Category; career: Category },
  sideProjectTasks: Task[],
  today: DateTime,
): void {
  const day = (daysFromToday: number) => today.plus({ days: daysFromToday }).toISODate()!;
  const at = (daysFromToday: number) => today.plus({ days: daysFromToday }).set({ hour: 8 }).toJSDate();

  // Downward: progress is measured from startValue (80) towards targetValue (72).
  const weights = [
    { daysAgo: 45, value: 79.1 },
    { daysAgo: 30, value: 78.2 },
    { daysAgo: 14, value: 77.0 },
    { daysAgo: 2, value: 76.4 },
  ];
  const weight = em.create(Goal, {
    user,
    category: categories.health,
    title: "Reach 72 kg",
    description: "Steady, about half a kilo a week.",
    measurementType: MeasurementType.Numeric,
    startValue: 80,
    targetValue: 72,
    currentValue: weights.at(-1)!.value,
    progress: percentOf(80 - weights.at(-1)!.value, 80 - 72),
    startDate: day(-60),
    targetDate: day(60),
  });
  weights.forEach(({ daysAgo, value }, index) => {
    em.create(GoalUpdate, {
      goal: weight,
      user,
      oldValue: index === 0 ? 80 : weights[index - 1]!.value,
      newValue: value,
      createdAt: at(-daysAgo),
    });
  });
  [
    { title: "Below 78 kg", targetValue: 78, completedAt: at(-14) },
    { title: "Below 75 kg", targetValue: 75, dueDate: day(30) },
    { title: "72 kg", targetValue: 72, dueDate: day(60) },
  ].forEach((milestone, position) => em.create(Milestone, { goal: weight, user, position, ...milestone }));

  const completed = sideProjectTasks.filter((task) => task.status === TaskStatus.Completed).length;
  const sideProject = em.create(Goal, {
    user,
    category: categories.career,
    title: "Launch the side project",
    measurementType: MeasurementType.Tasks,
    targetValue: sideProjectTasks.length,
    currentValue: completed,
    progress: percentOf(completed, sideProjectTasks.length),
    startDate: day(-20),
    targetDate: day(30),
  });
  for (const task of sideProjectTasks) em.create(GoalTask, { goal: sideProject, task, user });

  const spanishMilestones = [
    { title: "Finish the A1 course", completedAt: at(-40) },
    { title: "Finish the A2 course", completedAt: at(-5) },
    { title: "Hold a 10-minute conversation", dueDate: day(45) },
    { title: "Pass the B1 exam", dueDate: day(120) },
  ];
  const done = spanishMilestones.filter((milestone) => milestone.completedAt).length;
  const spanish = em.create(Goal, {
    user,
    category: categories.career,
    title: "Speak Spanish at B1",
    measurementType: MeasurementType.Milestones,
    targetValue: spanishMilestones.length,
    currentValue: done,
    progress: percentOf(done, spanishMilestones.length),
    startDate: day(-90),
    targetDate: day(120),
  });
  spanishMilestones.forEach((milestone, position) =>
    em.create(Milestone, { goal: spanish, user, position, ...milestone }),
  );
}
