import "reflect-metadata";
import { randomBytes } from "node:crypto";
import { type MikroORM } from "@mikro-orm/postgresql";
import { FrequencyType, Habit, HabitLog, openMainOrm, User } from "@momentum/db";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { privateRedis } from "../testing/private-redis.test-support";
import { calendarDateOf, dayNumberOf, weekdayNames } from "../time/calendar-day";
import { userDayOf, userDaysOf } from "../time/user-day";
import { createHabit } from "./create-habit.service";
import { deleteHabitLog } from "./delete-habit-log.service";
import { compareWithRecomputation, seen } from "./habit-state.test-support";
import { readStoredHabitState } from "./habit-state";
import { HabitStreakCache } from "./habit-streak-cache";
import { updateSettings } from "../users/update-preferences.service";
import { updateProfile } from "../users/update-profile.service";
import { computedForOf } from "./habit-state";
import { scheduleOf } from "./habit-evaluation";
import { logHabit } from "./log-habit.service";
import { skipHabit } from "./skip-habit.service";

// The kept state through the real services and PostgreSQL: after every log, skip and deletion (in
// random order, far backfills included, the user moving zones and changing their week start and day
// start), the
// stored counters and streak rows and what a read shows equal a recomputation from all logs.

let orm: MikroORM;
let cache: Awaited<ReturnType<typeof privateRedis>>;
let streakCache: HabitStreakCache;
beforeAll(async () => {
  orm = await openMainOrm(process.env.DATABASE_URL!);
  cache = await privateRedis("habit-state");
  streakCache = new HabitStreakCache(cache.redis);
});
afterAll(async () => {
  await cache?.remove();
  await orm?.close();
});

async function userIn(timezone: string): Promise<string> {
  const em = orm.em.fork();
  const id = randomBytes(4).toString("hex");
  const user = em.create(User, {
    email: `habit-state-${id}@momentum.test`,
    username: `habit_state_${id}`,
    fullName: "Habit Keeper",
    passwordHash: "x",
    timezone,
  });
  await em.flush();
  return user.id;
}

describe("the kept habit state through the services", () => {
  it("equals a recomputation from all logs after random logs, skips, deletions, moves, week and day starts", async () => {
    const zones = ["America/New_York", "Pacific/Apia", "Pacific/Kiritimati", "Australia/Lord_Howe"];
    const steps = fc.array(
      fc.record({
        kind: fc.constantFrom("log", "log", "skip", "delete", "move", "weekStart", "dayStart"),
        back: fc.oneof(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 900 })),
        value: fc.integer({ min: 0, max: 4 }),
        pick: fc.nat(),
        hours: fc.oneof(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 24, max: 24 * 90 })),
      }),
      { minLength: 5, maxLength: 20 },
    );
    const frequencies = [
      { frequencyType: FrequencyType.Daily, frequencyConfig: {}, targetValue: 2 },
      { frequencyType: FrequencyType.Weekly, frequencyConfig: { days: ["MON", "THU"] } },
      { frequencyType: FrequencyType.TimesPerWeek, frequencyConfig: { times: 2 } },
      { frequencyType: FrequencyType.TimesPerMonth, frequencyConfig: { times: 4 } },
      { frequencyType: FrequencyType.EveryNDays, frequencyConfig: { n: 3 } },
      { frequencyType: FrequencyType.Monthly, frequencyConfig: { days: [1, 31] } },
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...frequencies),
        fc.constantFrom(...zones),
        steps,
        async (frequency, zone, plan) => {
          const userId = await userIn(zone);
          let now = new Date("2025-01-10T12:00:00Z");
          const habit = await createHabit(
            orm.em.fork(),
            userId,
            { title: "Kept", ...frequency, startDate: "2024-01-01" },
            { now },
          );
          for (const step of plan) {
            now = new Date(now.getTime() + step.hours * 3_600_000);
            const user = await orm.em.fork().findOneOrFail(User, userId);
            const today = userDayOf(userDaysOf(user), now);
            const date = calendarDateOf(Math.max(dayNumberOf("2024-01-01"), dayNumberOf(today) - step.back));
            const options = { streakCache, now };
            const input = { habitId: habit.id, date };
            if (step.kind === "log")
              await logHabit(orm.em.fork(), userId, { ...input, value: step.value }, options);
            if (step.kind === "skip")
              await skipHabit(orm.em.fork(), userId, { ...input, reason: "ill" }, options);
            if (step.kind === "delete") {
              const logs = await orm.em.fork().find(HabitLog, { habit: habit.id });
              if (logs.length === 0) continue;
              const picked = logs[step.pick % logs.length]!.completedDate;
              await deleteHabitLog(orm.em.fork(), userId, { habitId: habit.id, date: picked }, options);
            }
            const em = orm.em.fork();
            if (step.kind === "move") {
              await em.nativeUpdate(User, { id: userId }, { timezone: zones[step.pick % zones.length]! });
            }
            if (step.kind === "dayStart") {
              // Through the service a user calls: the logs keep their days.
              const logsBefore = await em.find(
                HabitLog,
                { habit: habit.id },
                { orderBy: { completedDate: "asc" } },
              );
              const dayStartTime = ["00:00", "03:00", "05:30", "12:00"][step.pick % 4]!;
              await updateProfile({ em: orm.em.fork(), redis: cache.redis }, userId, { dayStartTime });
              const logsAfter = await orm.em
                .fork()
                .find(HabitLog, { habit: habit.id }, { orderBy: { completedDate: "asc" } });
              expect(logsAfter.map(({ id, completedDate }) => ({ id, completedDate }))).toEqual(
                logsBefore.map(({ id, completedDate }) => ({ id, completedDate })),
              );
            }
            if (step.kind === "weekStart") {
              const weekStartsOn = weekdayNames[step.pick % 7]!;
              await em.nativeUpdate(User, { id: userId }, { settings: { weekStartsOn } });
            }

            const { habit: stored, full, rows, read } = await compareWithRecomputation(orm, habit.id, now);
            expect(seen(read)).toEqual(seen(full));
            if (step.kind === "log" || step.kind === "skip" || step.kind === "delete") {
              expect({
                currentStreak: stored.currentStreak,
                longestStreak: stored.longestStreak,
                totalCompletions: stored.totalCompletions,
              }).toEqual({
                currentStreak: full.currentStreak,
                longestStreak: full.longestStreak,
                totalCompletions: full.totalCompletions,
              });
              expect(
                rows.map(({ startDate, endDate, length, isActive }) => ({
                  startDate,
                  endDate,
                  length,
                  isActive,
                })),
              ).toEqual(full.streaks);
            }
          }
        },
      ),
      { numRuns: 12 },
    );
  }, 120_000);

  it("a write today reads only the logs from the checkpoint on, which lies before the last 30 days", async () => {
    const userId = await userIn("Europe/Berlin");
    const now = new Date("2026-06-15T10:00:00Z");
    const habit = await createHabit(
      orm.em.fork(),
      userId,
      { title: "Read", frequencyType: FrequencyType.Daily, startDate: "2020-01-01" },
      { now },
    );
    await logHabit(orm.em.fork(), userId, { habitId: habit.id }, { streakCache, now });
    const stored = await orm.em.fork().findOneOrFail(Habit, habit.id);
    const state = readStoredHabitState(stored.streakCheckpoint);
    expect(state?.checkpoint.day).toBe("2026-05-15"); // 2026-06-15 less 2 days less 29
    expect(state?.checkpoint).toMatchObject({ openRun: null, longestClosed: 0, completions: 0 });
  });

  it("a new week start rebuilds the user's habits: counters, rows and checkpoint follow the new weeks", async () => {
    const userId = await userIn("Pacific/Apia");
    const now = new Date("2026-06-15T10:00:00Z");
    const habit = await createHabit(
      orm.em.fork(),
      userId,
      {
        title: "Swim",
        frequencyType: FrequencyType.TimesPerWeek,
        frequencyConfig: { times: 2 },
        startDate: "2026-03-01",
      },
      { now },
    );
    // Wednesdays and Thursdays: three weeks met from Monday, two from Thursday.
    for (const date of ["2026-04-08", "2026-04-09", "2026-04-15", "2026-04-16", "2026-04-22", "2026-04-23"])
      await logHabit(orm.em.fork(), userId, { habitId: habit.id, date }, { streakCache, now });
    expect((await orm.em.fork().findOneOrFail(Habit, habit.id)).longestStreak).toBe(3);

    await updateSettings({ em: orm.em.fork(), redis: cache.redis }, userId, { weekStartsOn: "THU" });

    const { habit: stored, full, rows } = await compareWithRecomputation(orm, habit.id, now);
    expect(full.longestStreak).toBe(2);
    expect(stored.longestStreak).toBe(full.longestStreak);
    expect(rows.map(({ startDate, length }) => ({ startDate, length }))).toEqual(
      full.streaks.map(({ startDate, length }) => ({ startDate, length })),
    );
    expect(readStoredHabitState(stored.streakCheckpoint)?.computedFor).toBe(
      computedForOf(scheduleOf(stored), "THU"),
    );
  });
});
