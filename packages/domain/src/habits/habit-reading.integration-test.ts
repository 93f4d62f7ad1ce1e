import "reflect-metadata";
import { randomBytes } from "node:crypto";
import { type MikroORM } from "@mikro-orm/postgresql";
import { FrequencyType, Habit, openMainOrm, User } from "@momentum/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CacheKeys } from "../cache/cache-keys";
import { createHabit } from "./create-habit.service";
import { evaluateHabitsToday, readHabitStreaks } from "./habit-reading";
import { HabitStreakCache } from "./habit-streak-cache";
import { type Redis } from "@momentum/platform";
import { privateRedis } from "../testing/private-redis.test-support";
import { logHabit } from "./log-habit.service";

// "Reading is always true for today": with no write and no nightly job, a streak broken yesterday
// reads 0 today, while the stored counters still say what the last write saw.

let orm: MikroORM;
let cache: Awaited<ReturnType<typeof privateRedis>>;
let redis: Redis;
beforeAll(async () => {
  orm = await openMainOrm(process.env.DATABASE_URL!);
  cache = await privateRedis("habits");
  redis = cache.redis;
});
afterAll(async () => {
  await cache?.remove();
  await orm?.close();
});

async function userIn(timezone: string): Promise<string> {
  const em = orm.em.fork();
  const id = randomBytes(4).toString("hex");
  const user = em.create(User, {
    email: `habit-${id}@momentum.test`,
    username: `habit_${id}`,
    fullName: "Habit Reader",
    passwordHash: "x",
    timezone,
  });
  await em.flush();
  return user.id;
}

describe("reading habits on a later day", () => {
  // 2026-03-05 10:00 in Asia/Kolkata.
  const loggedAt = new Date("2026-03-05T04:30:00Z");
  const dayAfter = new Date("2026-03-06T04:30:00Z");
  const twoDaysLater = new Date("2026-03-07T04:30:00Z");

  it("a streak broken yesterday reads 0 today though nothing was written since", async () => {
    const userId = await userIn("Asia/Kolkata");
    const streakCache = new HabitStreakCache(redis);
    const habit = await createHabit(
      orm.em.fork(),
      userId,
      { title: "Stretch", frequencyType: FrequencyType.Daily, startDate: "2026-03-04" },
      { now: loggedAt },
    );
    for (const date of ["2026-03-04", "2026-03-05"]) {
      await logHabit(orm.em.fork(), userId, { habitId: habit.id, date }, { streakCache, now: loggedAt });
    }
    const stored = await orm.em.fork().findOneOrFail(Habit, habit.id);
    expect(stored.currentStreak).toBe(2);

    const readNextDay = await evaluateHabitsToday(orm.em.fork(), [stored], dayAfter);
    expect(readNextDay.get(habit.id)).toMatchObject({
      currentStreak: 2,
      progress: { isDueToday: true, isCompletedToday: false },
    });
    const readLater = await evaluateHabitsToday(orm.em.fork(), [stored], twoDaysLater);
    expect(readLater.get(habit.id)).toMatchObject({ currentStreak: 0, longestStreak: 2 });
  });

  it("a cached streak answers only for the day it was computed on", async () => {
    const userId = await userIn("Asia/Kolkata");
    const streakCache = new HabitStreakCache(redis);
    const created = await createHabit(
      orm.em.fork(),
      userId,
      { title: "Walk", frequencyType: FrequencyType.Daily, startDate: "2026-03-05" },
      { now: loggedAt },
    );
    await logHabit(orm.em.fork(), userId, { habitId: created.id }, { streakCache, now: loggedAt });
    const habit = await orm.em.fork().findOneOrFail(Habit, created.id);

    expect((await readHabitStreaks(orm.em.fork(), streakCache, [habit], loggedAt)).get(habit.id)).toEqual({
      current: 1,
      longest: 1,
      lastCompleted: "2026-03-05",
    });
    expect(await redis.hget(CacheKeys.habitStreaks(habit.id), "day")).toBe("2026-03-05");
    expect(
      (await readHabitStreaks(orm.em.fork(), streakCache, [habit], twoDaysLater)).get(habit.id)?.current,
    ).toBe(0);
    expect(await redis.hget(CacheKeys.habitStreaks(habit.id), "day")).toBe("2026-03-07");
  });
});
