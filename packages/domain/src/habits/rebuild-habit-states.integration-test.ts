import "reflect-metadata";
import { FrequencyType, HabitLog, User } from "@momentum/db";
import { openTestOrms, type TestOrms } from "@momentum/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { calendarDateOf, dayNumberOf } from "../time/calendar-day";
import { createHabit } from "./create-habit.service";
import { readStoredHabitState } from "./habit-state";
import { compareWithRecomputation, seen } from "./habit-state.test-support";
import { rebuildHabitStates } from "./rebuild-habit-states";

// A database of its own: the rebuild goes over every habit, and must not lock other files' habits.
let orms: TestOrms;
beforeAll(async () => {
  orms = await openTestOrms("rebuild_habit_states");
});
afterAll(() => orms?.close());

describe("rebuilding every habit's state", () => {
  it("gives habits logged before the migration the state a write would leave, batch by batch", async () => {
    const orm = orms.main;
    const now = new Date("2026-06-15T10:00:00Z");
    const em = orm.em.fork();
    const user = em.create(User, {
      email: "rebuild@momentum.test",
      username: "rebuild",
      fullName: "Rebuild",
      passwordHash: "x",
      timezone: "Pacific/Kiritimati",
    });
    await em.flush();
    const habits = [];
    for (const [index, frequency] of [
      { frequencyType: FrequencyType.TimesPerWeek, frequencyConfig: { times: 2 } },
      { frequencyType: FrequencyType.Daily, frequencyConfig: {} },
      { frequencyType: FrequencyType.Monthly, frequencyConfig: { days: [3, 30] } },
    ].entries()) {
      const habit = await createHabit(
        orm.em.fork(),
        user.id,
        { title: `Habit ${index}`, ...frequency, startDate: "2025-01-01" },
        { now },
      );
      habits.push(habit);
      // Logs from before the migration: straight into the table, no counters, no checkpoint.
      const logs = orm.em.fork();
      for (let day = dayNumberOf("2025-01-01") + index; day <= dayNumberOf("2026-06-14"); day += 3) {
        logs.create(HabitLog, { habit: habit.id, user: user.id, completedDate: calendarDateOf(day) });
      }
      await logs.flush();
    }

    for (const habit of habits) {
      const before = await compareWithRecomputation(orm, habit.id, now);
      expect(before.habit.streakCheckpoint ?? null).toBeNull();
      expect(seen(before.read)).toEqual(seen(before.full)); // no checkpoint: the read walks it all
    }

    expect(await rebuildHabitStates(orm.em.fork(), { batchSize: 2, now })).toBe(3);
    for (const habit of habits) {
      const after = await compareWithRecomputation(orm, habit.id, now);
      expect(readStoredHabitState(after.habit.streakCheckpoint)).not.toBeNull();
      expect({
        currentStreak: after.habit.currentStreak,
        longestStreak: after.habit.longestStreak,
        totalCompletions: after.habit.totalCompletions,
        rows: after.rows.map(({ startDate, endDate, length, isActive }) => ({
          startDate,
          endDate,
          length,
          isActive,
        })),
      }).toEqual({
        currentStreak: after.full.currentStreak,
        longestStreak: after.full.longestStreak,
        totalCompletions: after.full.totalCompletions,
        rows: after.full.streaks,
      });
      expect(seen(after.read)).toEqual(seen(after.full));
    }
  });
});
