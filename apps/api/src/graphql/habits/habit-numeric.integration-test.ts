import "reflect-metadata";
import { calendarDateOf, dayNumberOf, instantOfWallClock } from "@momentum/domain";
import { describe, expect, it } from "vitest";
import { signUpTestAccount } from "../../testing/account-builder";
import { TEST_DAY } from "../../testing/test-calendar";
import { dataOf, useHabitTestSession } from "./habit-test-client";

// Numeric habits (issue 17): unit, targetValue, targetType, and logHabit(add: true). A user far east
// of UTC, so the user's day and the UTC day differ for half of every UTC day.
const ZONE = "Pacific/Kiritimati";

const session = useHabitTestSession(ZONE);
const testDay = (offset: number) => calendarDateOf(dayNumberOf(TEST_DAY) + offset);

describe("numeric habits", () => {
  it("are created with a unit and a target, AT_LEAST by default", async () => {
    const habit = await session.createDaily({ title: "Read", unit: "pages", targetValue: 20 });
    expect(habit).toMatchObject({ unit: "pages", targetValue: 20, targetType: "AT_LEAST" });
    const yesNo = await session.createDaily();
    expect(yesNo).toMatchObject({ unit: null, targetValue: null, targetType: "AT_LEAST" });
  });

  it("add: true adds each entry to the day's total, and the day counts once the total reaches the target", async () => {
    const habit = await session.createDaily({ title: "Read", unit: "pages", targetValue: 20 });
    const add = (value: number) =>
      dataOf(session.habits.log(session.owner, { habitId: habit.id, value, add: true }));
    const first = (await add(12)).logHabit;
    expect(first).toMatchObject({ currentStreak: 0, totalCompletions: 0 });
    expect(first.progress.isCompletedToday).toBe(false);
    const second = (await add(8)).logHabit;
    expect(second).toMatchObject({ currentStreak: 1, totalCompletions: 1 });
    expect(second.progress.isCompletedToday).toBe(true);
    const { logs } = (await dataOf(session.habits.logs(session.owner, habit.id))).habit;
    expect(logs).toEqual([expect.objectContaining({ completedDate: session.day(0), value: 20 })]);

    // Without add, the value replaces the day's total.
    const replaced = (await dataOf(session.habits.log(session.owner, { habitId: habit.id, value: 5 })))
      .logHabit;
    expect(replaced).toMatchObject({ currentStreak: 0, totalCompletions: 0 });
  });

  it("loses no increment when several adds for one day arrive at once", async () => {
    const habit = await session.createDaily({ title: "Water", unit: "glasses", targetValue: 8 });
    await Promise.all(
      [1, 2, 3, 4, 5].map((value) =>
        dataOf(session.habits.log(session.owner, { habitId: habit.id, value, add: true })),
      ),
    );
    const { logs } = (await dataOf(session.habits.logs(session.owner, habit.id))).habit;
    expect(logs).toEqual([expect.objectContaining({ completedDate: session.day(0), value: 15 })]);
    const read = (await dataOf(session.habits.get(session.owner, habit.id))).habit;
    expect(read).toMatchObject({ currentStreak: 1, totalCompletions: 1 });
  });

  it("AT_MOST counts a day at or under the target, or with nothing logged, once the day is over", async () => {
    const lastMinute = instantOfWallClock(TEST_DAY, "23:59", ZONE);
    session.api.clock.set(lastMinute);
    // Signed up now: a token from noon has expired by 23:59.
    const owner = await signUpTestAccount(session.api, { timezone: ZONE });
    const input = { title: "Coffee", frequencyType: "DAILY", unit: "cups", targetValue: 2 };
    const habit = (
      await dataOf(session.habits.create(owner, { ...input, targetType: "AT_MOST", startDate: testDay(-3) }))
    ).createHabit;
    const log = (date: string, value: number) =>
      dataOf(session.habits.log(owner, { habitId: habit.id, date, value }));
    await log(testDay(-3), 2);
    await log(testDay(-1), 1);
    // The 9th (2 cups), 10th (nothing) and 11th (1 cup) are done; today goes on and is not done yet.
    const today = (await log(testDay(0), 1)).logHabit;
    expect(today).toMatchObject({ currentStreak: 3, totalCompletions: 3 });
    expect(today.progress).toMatchObject({ isCompletedToday: false, isDueToday: true });

    // A third cup today: today fails once it is over, and the streak breaks then.
    await dataOf(session.habits.log(owner, { habitId: habit.id, value: 2, add: true }));
    session.api.clock.set(new Date(lastMinute.getTime() + 2 * 60_000));
    const tomorrow = (await dataOf(session.habits.get(owner, habit.id))).habit;
    expect(tomorrow).toMatchObject({ currentStreak: 0, longestStreak: 3 });
  });

  it("TIMES_PER_WEEK with a target measures the week's total", async () => {
    const habit = await session.createDaily({
      title: "Run",
      frequencyType: "TIMES_PER_WEEK",
      frequencyConfig: { times: 3 },
      unit: "km",
      targetValue: 15,
    });
    await dataOf(session.habits.log(session.owner, { habitId: habit.id, value: 10 }));
    const met = (await dataOf(session.habits.log(session.owner, { habitId: habit.id, value: 6, add: true })))
      .logHabit;
    expect(met.progress).toMatchObject({ completedInPeriod: 1, targetInPeriod: 1 });
    expect(met).toMatchObject({ currentStreak: 1, totalCompletions: 1 });
  });

  it("changing the target re-reads the history", async () => {
    const habit = await session.createDaily({ title: "Read", unit: "pages", targetValue: 20 });
    await dataOf(session.habits.log(session.owner, { habitId: habit.id, value: 10 }));
    const lowered = (await dataOf(session.habits.update(session.owner, habit.id, { targetValue: 10 })))
      .updateHabit;
    expect(lowered).toMatchObject({ targetValue: 10, currentStreak: 1, totalCompletions: 1 });
    const atMost = (
      await dataOf(session.habits.update(session.owner, habit.id, { targetType: "AT_MOST", unit: "min" }))
    ).updateHabit;
    expect(atMost).toMatchObject({ targetType: "AT_MOST", unit: "min", currentStreak: 0 });
    const yesNo = (await dataOf(session.habits.update(session.owner, habit.id, { targetType: "AT_LEAST" })))
      .updateHabit;
    const cleared = (await dataOf(session.habits.update(session.owner, yesNo.id, { targetValue: null })))
      .updateHabit;
    expect(cleared).toMatchObject({ targetValue: null, currentStreak: 1, totalCompletions: 1 });
  });

  it.each([
    ["AT_MOST without a target value", { targetType: "AT_MOST" }, "input.targetValue"],
    ["a target of 0", { targetValue: 0 }, "input.targetValue"],
    ["a negative target", { targetValue: -3 }, "input.targetValue"],
    ["a target over a million", { targetValue: 1_000_001 }, "input.targetValue"],
    ["an empty unit", { unit: " " }, "input.unit"],
    ["a unit over 30 characters", { unit: "x".repeat(31) }, "input.unit"],
    ["the old frequencyConfig.target", { frequencyConfig: { target: 3 } }, "input.frequencyConfig"],
  ])("refuses %s on create as BAD_USER_INPUT naming the field", async (_case, fields, field) => {
    const response = await session.habits.create(session.owner, {
      title: "Read",
      frequencyType: "DAILY",
      ...fields,
    });
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [expect.objectContaining({ field })],
    });
  });

  it("refuses AT_MOST on a habit without a target, and add without a value, naming the field", async () => {
    const habit = await session.createDaily();
    const update = await session.habits.update(session.owner, habit.id, { targetType: "AT_MOST" });
    expect(update.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [expect.objectContaining({ field: "input.targetValue" })],
    });
    const add = await session.habits.log(session.owner, { habitId: habit.id, add: true });
    expect(add.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [expect.objectContaining({ field: "input.value" })],
    });
  });
});
