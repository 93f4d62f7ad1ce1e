import "reflect-metadata";
import { Habit, HabitLog, Streak } from "@momentum/db";
import { calendarDateOf, dayNumberOf, instantOfWallClock } from "@momentum/domain";
import { describe, expect, it } from "vitest";
import { signUpTestAccount } from "../../testing/account-builder";
import { TEST_DAY } from "../../testing/test-calendar";
import { dataOf, useHabitTestSession } from "./habit-test-client";

// A user far east of UTC, so "today" differs from the UTC day for half of every UTC day.
const ZONE = "Pacific/Kiritimati";

const session = useHabitTestSession(ZONE);

describe("logging a habit", () => {
  it("logs today by default and logging the same day again updates value, notes and mood in the one log", async () => {
    const habit = await session.createDaily();
    const first = (
      await dataOf(session.habits.log(session.owner, { habitId: habit.id, value: 1, notes: "calm", mood: 3 }))
    ).logHabit;
    expect(first).toMatchObject({ currentStreak: 1, longestStreak: 1, totalCompletions: 1 });
    expect(first.progress).toMatchObject({ isCompletedToday: true, completedInPeriod: 1, targetInPeriod: 1 });
    expect(first.lastCompletedAt).not.toBeNull();

    const again = (
      await dataOf(
        session.habits.log(session.owner, { habitId: habit.id, value: 2, notes: "calmer", mood: 4 }),
      )
    ).logHabit;
    expect(again).toMatchObject({ currentStreak: 1, totalCompletions: 1 });
    const { logs } = (await dataOf(session.habits.logs(session.owner, habit.id))).habit;
    expect(logs).toEqual([
      expect.objectContaining({
        completedDate: session.day(0),
        value: 2,
        notes: "calmer",
        mood: 4,
        skipReason: null,
      }),
    ]);
    expect(await session.eventTypes(habit.id)).toEqual([
      "habit.created",
      "habit.logged",
      "streak.extended",
      "habit.logged",
    ]);
  });

  it("backfills a missed day: the two runs join, the counters, rows and events follow", async () => {
    const habit = await session.createDaily({ startDate: session.day(-4) });
    for (const offset of [-4, -3, -1])
      await dataOf(session.habits.log(session.owner, { habitId: habit.id, date: session.day(offset) }));
    const broken = (await dataOf(session.habits.get(session.owner, habit.id))).habit;
    expect(broken).toMatchObject({ currentStreak: 1, longestStreak: 2, totalCompletions: 3 });
    expect(
      broken.streaks.map(({ startDate, length, isActive }) => ({ startDate, length, isActive })),
    ).toEqual([
      { startDate: session.day(-4), length: 2, isActive: false },
      { startDate: session.day(-1), length: 1, isActive: true },
    ]);

    const mended = (
      await dataOf(session.habits.log(session.owner, { habitId: habit.id, date: session.day(-2) }))
    ).logHabit;
    expect(mended).toMatchObject({ currentStreak: 4, longestStreak: 4, totalCompletions: 4 });
    expect(mended.streaks).toEqual([
      {
        id: broken.streaks[0]!.id,
        startDate: session.day(-4),
        endDate: session.day(-1),
        length: 4,
        isActive: true,
      },
    ]);

    const em = session.api.deps.orm.em.fork();
    const stored = await em.findOneOrFail(Habit, habit.id);
    expect({
      current: stored.currentStreak,
      longest: stored.longestStreak,
      total: stored.totalCompletions,
    }).toEqual({ current: 4, longest: 4, total: 4 });
    expect(await em.count(Streak, { habit: habit.id })).toBe(1);
    // Days logged after a gap that is already over extend no current streak; the last log and the backfill do.
    expect((await session.eventTypes(habit.id)).filter((type) => type === "streak.extended")).toHaveLength(2);
  });

  it("a skipped day neither counts nor breaks; deleting a day inside the streak breaks it with a streak.broken event", async () => {
    const habit = await session.createDaily({ startDate: session.day(-3) });
    await dataOf(session.habits.log(session.owner, { habitId: habit.id, date: session.day(-3) }));
    await dataOf(
      session.habits.skip(session.owner, { habitId: habit.id, date: session.day(-2), reason: "Fever" }),
    );
    const logged = (
      await dataOf(session.habits.log(session.owner, { habitId: habit.id, date: session.day(-1) }))
    ).logHabit;
    expect(logged).toMatchObject({ currentStreak: 2, longestStreak: 2, totalCompletions: 2 });
    const { logs } = (await dataOf(session.habits.logs(session.owner, habit.id))).habit;
    expect(logs.map((log) => log.skipReason)).toEqual([null, "Fever", null]);

    const afterDelete = (await dataOf(session.habits.deleteLog(session.owner, habit.id, session.day(-3))))
      .deleteHabitLog;
    expect(afterDelete).toMatchObject({ currentStreak: 1, longestStreak: 1, totalCompletions: 1 });
    const types = await session.eventTypes(habit.id);
    expect(types).toContain("habit.skipped");
    expect(types.slice(-2)).toEqual(["habit.unlogged", "streak.broken"]);
  });

  it("a measurable habit counts a day only when the value reaches the target", async () => {
    const habit = await session.createDaily({ unit: "glasses", targetValue: 8 });
    const short = (await dataOf(session.habits.log(session.owner, { habitId: habit.id, value: 5 }))).logHabit;
    expect(short).toMatchObject({ currentStreak: 0, totalCompletions: 0 });
    expect(short.progress.isCompletedToday).toBe(false);
    const reached = (await dataOf(session.habits.log(session.owner, { habitId: habit.id, value: 8 })))
      .logHabit;
    expect(reached).toMatchObject({ currentStreak: 1, totalCompletions: 1 });
  });

  it.each([
    ["a day in the future of the user's zone", () => ({ date: session.day(1) }), "input.date"],
    ["a day before the start date", () => ({ date: session.day(-1) }), "input.date"],
    ["a mood of 6", () => ({ mood: 6 }), "input.mood"],
    ["a mood of 0", () => ({ mood: 0 }), "input.mood"],
    ["a negative value", () => ({ value: -1 }), "input.value"],
    ["notes over 2000 characters", () => ({ notes: "x".repeat(2001) }), "input.notes"],
  ])("refuses %s as BAD_USER_INPUT naming the field", async (_case, fields, field) => {
    const habit = await session.createDaily();
    const response = await session.habits.log(session.owner, { habitId: habit.id, ...fields() });
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [expect.objectContaining({ field })],
    });
    expect(await session.api.deps.orm.em.fork().count(HabitLog, { habit: habit.id })).toBe(0);
  });

  it("refuses a skip without a reason, and deleting a log of a day that has none is NOT_FOUND", async () => {
    const habit = await session.createDaily();
    const skip = await session.habits.skip(session.owner, { habitId: habit.id, reason: "  " });
    expect(skip.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [expect.objectContaining({ field: "input.reason" })],
    });
    const remove = await session.habits.deleteLog(session.owner, habit.id, session.day(0));
    expect(remove.errors?.[0]?.extensions.code).toBe("NOT_FOUND");
  });

  it("20 concurrent logs for one habit, on different days and the same day, end with one row per day and exact counters", async () => {
    const habit = await session.createDaily({ startDate: session.day(-14) });
    const offsets = [...Array.from({ length: 15 }, (_, index) => -index), 0, -3, -7, -7, -14];
    const responses = await Promise.all(
      offsets.map((offset, index) =>
        session.habits.log(session.owner, { habitId: habit.id, date: session.day(offset), value: index }),
      ),
    );
    expect(responses.flatMap((response) => response.errors ?? [])).toEqual([]);

    const em = session.api.deps.orm.em.fork();
    expect(await em.count(HabitLog, { habit: habit.id })).toBe(15);
    const stored = await em.findOneOrFail(Habit, habit.id);
    expect({
      current: stored.currentStreak,
      longest: stored.longestStreak,
      total: stored.totalCompletions,
    }).toEqual({ current: 15, longest: 15, total: 15 });
    expect(await em.find(Streak, { habit: habit.id })).toEqual([
      expect.objectContaining({
        startDate: session.day(-14),
        endDate: session.day(0),
        length: 15,
        isActive: true,
      }),
    ]);
    expect((await session.eventTypes(habit.id)).filter((type) => type === "habit.logged")).toHaveLength(20);
    const read = (await dataOf(session.habits.get(session.owner, habit.id))).habit;
    expect(read).toMatchObject({ currentStreak: 15, longestStreak: 15, totalCompletions: 15 });
  });
});

describe("the user's day", () => {
  it("ends at midnight in the user's zone: a log at 23:59 is that day's, and a minute past midnight the next day is today", async () => {
    const lastMinute = instantOfWallClock(TEST_DAY, "23:59", ZONE); // 09:59 UTC: the UTC day goes on
    session.api.clock.set(lastMinute);
    // Signed up now: the owner's token from noon has expired by 23:59.
    const owner = await signUpTestAccount(session.api, { timezone: ZONE });
    const habit = (await dataOf(session.habits.create(owner, { title: "Journal", frequencyType: "DAILY" })))
      .createHabit;
    const late = (await dataOf(session.habits.log(owner, { habitId: habit.id }))).logHabit;
    expect(late).toMatchObject({ currentStreak: 1, progress: { isCompletedToday: true } });

    session.api.clock.set(new Date(lastMinute.getTime() + 2 * 60_000));
    const nextDay = calendarDateOf(dayNumberOf(TEST_DAY) + 1);
    const read = (await dataOf(session.habits.get(owner, habit.id))).habit;
    expect(read).toMatchObject({
      currentStreak: 1,
      progress: { isDueToday: true, isCompletedToday: false },
    });
    const early = (await dataOf(session.habits.log(owner, { habitId: habit.id }))).logHabit;
    expect(early).toMatchObject({ currentStreak: 2, progress: { isCompletedToday: true } });
    const { logs } = (await dataOf(session.habits.logs(owner, habit.id))).habit;
    expect(logs.map((log) => log.completedDate)).toEqual([TEST_DAY, nextDay]);
  });
});
