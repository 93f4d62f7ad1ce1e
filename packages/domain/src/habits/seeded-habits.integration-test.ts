import "reflect-metadata";
import { AchievementSeeder, demoUser, DemoUserSeeder, Habit, Streak, User } from "@momentum/db";
import { openTestOrms, type TestOrms } from "@momentum/db/testing";
import { DateTime } from "luxon";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { evaluateHabitsToday } from "./habit-reading";

// The seeders build the demo habits' counters and streak rows themselves (packages/db cannot use the
// domain). The streak engine must agree with them, or the demo opens with numbers and streaks that the
// first log would silently "correct".

let orms: TestOrms;
beforeAll(async () => {
  orms = await openTestOrms("seeded_habits");
  await new AchievementSeeder().run(orms.main.em.fork()); // the demo user has earned some
});
afterAll(() => orms?.close());

describe("the demo habits as seeded", () => {
  it.each([
    ["a Monday morning after the clocks went forward", "2026-03-30T08:00:00Z"],
    ["a Sunday shortly before midnight", "2026-06-14T21:30:00Z"],
    ["a Wednesday in winter", "2027-01-13T12:00:00Z"],
  ])("agree with the streak engine when seeded on %s", async (_when, instant) => {
    const now = new Date(instant);
    const em = orms.main.em.fork();
    await em.nativeDelete(User, { id: demoUser.id }); // the seeder runs once per database
    await new DemoUserSeeder().run(orms.main.em.fork(), { now });

    const habits = await em.find(Habit, { user: demoUser.id }, { orderBy: { title: "asc" } });
    expect(habits.length).toBeGreaterThan(0);
    const evaluations = await evaluateHabitsToday(em, habits, now);
    for (const habit of habits) {
      const engine = evaluations.get(habit.id)!;
      const rows = await em.find(Streak, { habit }, { orderBy: { startDate: "asc" } });
      const seeded = {
        title: habit.title,
        currentStreak: habit.currentStreak,
        longestStreak: habit.longestStreak,
        totalCompletions: habit.totalCompletions,
        lastCompletedDate: habit.lastCompletedAt
          ? DateTime.fromJSDate(habit.lastCompletedAt, { zone: demoUser.timezone }).toISODate()
          : null,
        streaks: rows.map(({ startDate, endDate, length, isActive }) => ({
          startDate,
          endDate,
          length,
          isActive,
        })),
      };
      // What the product itself would store for these logs (storeHabitState).
      expect(seeded).toEqual({
        title: habit.title,
        currentStreak: engine.currentStreak,
        longestStreak: engine.longestStreak,
        totalCompletions: engine.totalCompletions,
        lastCompletedDate: engine.lastCompletedDate,
        streaks: engine.streaks,
      });
    }
  });
});
