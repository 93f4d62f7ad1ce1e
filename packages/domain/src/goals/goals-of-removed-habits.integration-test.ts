import "reflect-metadata";
import { type MikroORM } from "@mikro-orm/postgresql";
import {
  FrequencyType,
  Goal,
  GoalUpdate,
  loadDatabaseConfig,
  MeasurementType,
  openMainOrm,
} from "@momentum/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CacheKeys } from "../cache/cache-keys";
import { archiveHabit } from "../habits/archive-habit.service";
import { createHabit } from "../habits/create-habit.service";
import { deleteHabit } from "../habits/delete-habit.service";
import { HabitStreakCache } from "../habits/habit-streak-cache";
import { logHabit } from "../habits/log-habit.service";
import { privateRedis } from "../testing/private-redis.test-support";
import { insertTestUser } from "../testing/user-builder.test-support";
import { archiveGoal } from "./archive-goal.service";
import { createGoal } from "./create-goal.service";
import { linkHabitToGoal } from "./goal-links.service";
import { unarchiveGoal } from "./unarchive-goal.service";

let orm: MikroORM;
let cache: Awaited<ReturnType<typeof privateRedis>>;
beforeAll(async () => {
  orm = await openMainOrm(loadDatabaseConfig().DATABASE_URL);
  cache = await privateRedis("removed-habits");
});
afterAll(async () => {
  await cache?.remove();
  await orm?.close();
});

const options = () => ({ streakCache: new HabitStreakCache(cache.redis) });

/** A user with a goal of 4 habit completions, linking two habits logged today. */
async function goalOfTwoHabits() {
  const user = await insertTestUser(orm.em.fork());
  const goal = await createGoal(orm.em.fork(), user.id, {
    title: "Four",
    measurementType: MeasurementType.Habits,
    targetValue: 4,
  });
  const habits = [];
  for (const title of ["Walk", "Read"]) {
    const habit = await createHabit(orm.em.fork(), user.id, { title, frequencyType: FrequencyType.Daily });
    await linkHabitToGoal(orm.em.fork(), user.id, goal.id, habit.id);
    await logHabit(orm.em.fork(), user.id, { habitId: habit.id }, options());
    habits.push(habit);
  }
  return { user, goal, walk: habits[0]!, read: habits[1]! };
}
const reload = (goalId: string) => orm.em.fork().findOneOrFail(Goal, goalId);

describe("goals measured in habits", () => {
  it("are measured without a habit deleted for good, in the same transaction, with an update saying so", async () => {
    const { user, goal, walk } = await goalOfTwoHabits();
    expect(await reload(goal.id)).toMatchObject({ currentValue: 2, progress: 50 });
    await cache.redis.hset(CacheKeys.habitStreaks(walk.id), { current: 1 });

    await deleteHabit(orm.em.fork(), user.id, walk.id, options());
    expect(await reload(goal.id)).toMatchObject({ currentValue: 1, progress: 25 });
    const [update] = await orm.em
      .fork()
      .find(GoalUpdate, { goal: goal.id }, { orderBy: { createdAt: "desc" }, limit: 1 });
    expect(update).toMatchObject({ oldValue: 2, newValue: 1, notes: 'habit "Walk" deleted' });
    expect(await cache.redis.exists(CacheKeys.habitStreaks(walk.id))).toBe(0);
  });

  it("keep counting an archived habit's completions, and an unarchived goal catches up", async () => {
    const { user, goal, walk, read } = await goalOfTwoHabits();
    await archiveGoal(orm.em.fork(), user.id, goal.id);
    await archiveHabit(orm.em.fork(), user.id, read.id, options());
    await deleteHabit(orm.em.fork(), user.id, walk.id, options());
    expect(await reload(goal.id)).toMatchObject({ currentValue: 2, isArchived: true });

    await unarchiveGoal(orm.em.fork(), user.id, goal.id);
    expect(await reload(goal.id)).toMatchObject({ currentValue: 1, progress: 25, isArchived: false });
  });
});
