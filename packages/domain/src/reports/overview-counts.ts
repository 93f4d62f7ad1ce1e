import type { EntityManager } from "@mikro-orm/core";
import { Goal, GoalStatus, Habit, HabitLog, Task, TaskStatus, User } from "@momentum/db";

const RECENT_DAYS = 7;

export interface OverviewCounts {
  /** Open accounts (not closed, not deactivated). */
  users: number;
  usersSignedInLast7Days: number;
  /** Tasks not deleted by their owner. */
  tasks: number;
  tasksCompleted: number;
  habits: number;
  /** Completions (not skips) recorded in the last 7 days. */
  habitLogsLast7Days: number;
  goals: number;
  goalsCompleted: number;
}

/** Platform-wide counts for the staff dashboard; each is one indexed COUNT, run side by side. */
export async function getOverviewCounts(
  em: EntityManager,
  options: { now?: Date } = {},
): Promise<OverviewCounts> {
  const now = options.now ?? new Date();
  const recentSince = new Date(now.getTime() - RECENT_DAYS * 24 * 60 * 60 * 1000);
  const openUser = { deletedAt: null, isActive: true };

  const [
    users,
    usersSignedInLast7Days,
    tasks,
    tasksCompleted,
    habits,
    habitLogsLast7Days,
    goals,
    goalsCompleted,
  ] = await Promise.all([
    em.count(User, openUser),
    em.count(User, { ...openUser, lastLoginAt: { $gte: recentSince } }),
    em.count(Task, { isDeleted: false }),
    em.count(Task, { isDeleted: false, status: TaskStatus.Completed }),
    em.count(Habit, {}),
    em.count(HabitLog, { skipReason: null, completedAt: { $gte: recentSince, $lte: now } }),
    em.count(Goal, {}),
    em.count(Goal, { status: GoalStatus.Completed }),
  ]);
  return {
    users,
    usersSignedInLast7Days,
    tasks,
    tasksCompleted,
    habits,
    habitLogsLast7Days,
    goals,
    goalsCompleted,
  };
}
