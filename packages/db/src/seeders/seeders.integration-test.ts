import type { MikroORM } from "@mikro-orm/postgresql";
import { verify } from "@node-rs/bcrypt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Achievement } from "../entities/achievement.entity";
import { FrequencyType, MeasurementType } from "../entities/enums";
import { GoalTask } from "../entities/goal-task.entity";
import { Goal } from "../entities/goal.entity";
import { HabitLog } from "../entities/habit-log.entity";
import { Habit } from "../entities/habit.entity";
import { UserActivity } from "../entities/user-activity.entity";
import { StaffUser } from "../entities/staff-user.entity";
import { Streak } from "../entities/streak.entity";
import { Task } from "../entities/task.entity";
import { User } from "../entities/user.entity";
import { openTestOrms, type TestOrms } from "../testing";
import { AnalyticsDemoSeeder } from "./analytics-demo.seeder";
import { demoStaffAdmin, demoUser } from "./demo-accounts";
import { MainDatabaseSeeder } from "./main-database.seeder";

// Monday morning in Berlin, the day after the clocks went forward.
const now = new Date("2026-03-30T08:00:00Z");
let orms: TestOrms;
let main: MikroORM;
let analytics: MikroORM;

beforeAll(async () => {
  orms = await openTestOrms("seeders");
  ({ main, analytics } = orms);
  await new MainDatabaseSeeder().run(main.em.fork(), { now });
  await new AnalyticsDemoSeeder().run(analytics.em.fork(), { now });
});

afterAll(async () => {
  await orms?.close();
});

describe("the main database seed", () => {
  it("creates the demo user, marked as demo, and the staff admin with the documented passwords", async () => {
    const em = main.em.fork();
    const user = await em.findOneOrFail(User, { email: demoUser.email });
    expect([user.username, user.timezone, user.isDemo]).toEqual(["demo", "Europe/Berlin", true]);
    expect(await verify(demoUser.password, user.passwordHash)).toBe(true);

    const admin = await em.findOneOrFail(StaffUser, { email: demoStaffAdmin.email });
    expect(admin.role).toBe("admin");
    expect(await verify(demoStaffAdmin.password, admin.passwordHash)).toBe(true);
  });

  it("gives the demo user overdue, completed, recurring and nested tasks", async () => {
    const em = main.em.fork();
    const tasks = await em.find(Task, { user: demoUser.id });
    expect(tasks.length).toBeGreaterThanOrEqual(12);
    expect(tasks.some((task) => task.status === "completed" && task.completedAt)).toBe(true);
    expect(tasks.some((task) => task.status === "pending" && task.dueDate && task.dueDate < now)).toBe(true);
    expect(tasks.filter((task) => task.parentTask).length).toBeGreaterThanOrEqual(2);
    const recurring = tasks.find((task) => task.recurrenceRule);
    expect(recurring?.recurrenceRule).toEqual({ rrule: "FREQ=WEEKLY;BYDAY=MO", timezone: "Europe/Berlin" });
    // Weekly planning is due at 09:00 Berlin (CEST, UTC+2) on the Monday of `now`.
    expect(recurring?.dueDate?.toISOString()).toBe("2026-03-30T07:00:00.000Z");
  });

  it("keeps every habit's counters and streak rows consistent with its logs", async () => {
    const em = main.em.fork();
    const habits = await em.find(Habit, { user: demoUser.id }, { orderBy: { title: "asc" } });
    expect(habits.map((habit) => habit.frequencyType).sort()).toEqual(
      [FrequencyType.Daily, FrequencyType.TimesPerWeek, FrequencyType.Weekly].sort(),
    );
    for (const habit of habits) {
      const logs = await em.find(HabitLog, { habit }, { orderBy: { completedDate: "asc" } });
      const completions = logs.filter((log) => log.skipReason === null);
      expect(logs.length, habit.title).toBeGreaterThan(15);
      expect(habit.totalCompletions, habit.title).toBe(completions.length);
      expect(habit.lastCompletedAt, habit.title).toEqual(completions.at(-1)!.completedAt);

      const streaks = await em.find(Streak, { habit });
      const active = streaks.filter((streak) => streak.isActive);
      expect(active.length, habit.title).toBeLessThanOrEqual(1);
      expect(active[0]?.length ?? 0, habit.title).toBe(habit.currentStreak);
      expect(Math.max(...streaks.map((streak) => streak.length)), habit.title).toBe(habit.longestStreak);
      expect(habit.longestStreak, habit.title).toBeGreaterThanOrEqual(habit.currentStreak);
    }
    const skips = await em.find(HabitLog, { user: demoUser.id, skipReason: { $ne: null } });
    expect(skips).toHaveLength(1);
  });

  it("gives the numeric goal a downward target and links the tasks goal to its tasks", async () => {
    const em = main.em.fork();
    const weight = await em.findOneOrFail(Goal, {
      user: demoUser.id,
      measurementType: MeasurementType.Numeric,
    });
    expect([weight.startValue, weight.targetValue, weight.currentValue, weight.progress]).toEqual([
      80, 72, 76.4, 45,
    ]);
    const tasksGoal = await em.findOneOrFail(Goal, {
      user: demoUser.id,
      measurementType: MeasurementType.Tasks,
    });
    expect(await em.count(GoalTask, { goal: tasksGoal })).toBe(tasksGoal.targetValue);
  });

  it("changes nothing when run again", async () => {
    const counts = async () => {
      const em = main.em.fork();
      return Promise.all(
        [User, Task, Habit, HabitLog, Goal, Achievement, StaffUser].map((entity) => em.count(entity)),
      );
    };
    const before = await counts();
    await new MainDatabaseSeeder().run(main.em.fork(), { now });
    expect(await counts()).toEqual(before);
    expect(before[5]).toBe(12);
  });
});

describe("the analytics seed", () => {
  it("has 30 days of the demo user's activity whose habit logs match the demo habits, once however often it runs", async () => {
    const activityOf = () =>
      analytics.em.fork().find(UserActivity, { userId: demoUser.id }, { orderBy: { createdAt: "asc" } });
    const activities = await activityOf();
    const days = new Set(activities.map((activity) => activity.createdAt.toISOString().slice(0, 10)));
    expect(days.size).toBeGreaterThanOrEqual(29);

    const loggedDays = activities
      .filter((activity) => activity.activityType === "habit" && activity.action === "logged")
      .map((activity) => activity.metadata!.date as string);
    const logs = await main.em.fork().find(HabitLog, { user: demoUser.id, skipReason: null });
    for (const date of new Set(loggedDays)) {
      const logged = logs.filter((log) => log.completedDate === date).length;
      expect(loggedDays.filter((day) => day === date).length, date).toBe(logged);
    }

    await new AnalyticsDemoSeeder().run(analytics.em.fork(), { now });
    expect(await activityOf()).toHaveLength(activities.length);
  });
});
