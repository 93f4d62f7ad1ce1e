import "reflect-metadata";
import { Achievement } from "@momentum/db";
import { openTestOrms, type TestOrms } from "@momentum/db/testing";
import {
  DomainError,
  getAchievementsUnlockedReport,
  getActiveUsersReport,
  getActivityReport,
  getFocusMinutesReport,
  getHabitCompletionReport,
  getSignUpCohortsReport,
  getTaskCompletionReport,
} from "@momentum/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestDomainEvents } from "../ingest-domain-event.handler";
import { populationRange, reportPopulation } from "../testing/report-population";

// Platform-wide figures: databases of this file's own, holding the population alone.
let orms: TestOrms;
let achievementId: string;
beforeAll(async () => {
  orms = await openTestOrms("analyst-reports");
  const main = orms.main.em.fork();
  const achievement = main.create(Achievement, {
    name: 'First steps, "quoted"',
    description: "Log a habit",
    category: "habits",
    points: 10,
    icon: "star",
    criteria: {},
  });
  await main.flush();
  achievementId = achievement.id;
  const { events } = reportPopulation(achievementId);
  // As the worker would: one batch, in order.
  await orms.analytics.em.fork().transactional((tx) => ingestDomainEvents(tx, events));
});
afterAll(() => orms?.close());

const analytics = () => orms.analytics.em.fork();
const all = { ...populationRange, platform: "all" as const };

describe("the analysts' reports over ingested events, on the users' own days", () => {
  it("counts daily, weekly and monthly active users, distinct per period", async () => {
    const report = await getActiveUsersReport(analytics(), all);
    const activeDays = report.daily.filter((day) => day.activeUsers > 0);
    expect(report.daily).toHaveLength(21);
    expect(activeDays).toEqual([
      { start: "2020-11-02", activeUsers: 2, partial: false }, // Ada, and Bob on his own 2nd
      { start: "2020-11-03", activeUsers: 1, partial: false },
      { start: "2020-11-09", activeUsers: 1, partial: false },
      { start: "2020-11-11", activeUsers: 1, partial: false },
      { start: "2020-11-16", activeUsers: 1, partial: false },
      { start: "2020-11-22", activeUsers: 1, partial: false },
    ]);
    expect(report.weekly).toEqual([
      { start: "2020-11-02", activeUsers: 2, partial: false },
      { start: "2020-11-09", activeUsers: 2, partial: false },
      { start: "2020-11-16", activeUsers: 2, partial: false },
    ]);
    expect(report.monthly).toEqual([{ start: "2020-11-01", activeUsers: 3, partial: true }]);
  });

  it("filters by platform: the device registered last, or unknown", async () => {
    const ios = await getActiveUsersReport(analytics(), { ...populationRange, platform: "ios" });
    expect(ios.weekly.map((week) => week.activeUsers)).toEqual([1, 1, 0]);
    const unknown = await getActiveUsersReport(analytics(), { ...populationRange, platform: "unknown" });
    expect(unknown.weekly.map((week) => week.activeUsers)).toEqual([0, 1, 1]);
  });

  it("puts users in weekly sign-up cohorts by their own sign-up day, with the weeks they came back", async () => {
    expect(await getSignUpCohortsReport(analytics(), all)).toEqual([
      { weekStart: "2020-11-02", users: 2, retained: [2, 1, 1] },
      { weekStart: "2020-11-09", users: 1, retained: [1, 1] },
    ]);
    expect(await getSignUpCohortsReport(analytics(), { ...populationRange, platform: "android" })).toEqual([
      { weekStart: "2020-11-02", users: 1, retained: [1, 0, 1] },
    ]);
  });

  it("rates habit completion by frequency type among the recorded habit-days", async () => {
    expect(await getHabitCompletionReport(analytics(), all)).toEqual([
      { frequencyType: "daily", recordedDays: 2, completedDays: 1, completionRate: 0.5 },
      { frequencyType: "weekly", recordedDays: 1, completedDays: 0, completionRate: 0 },
    ]);
  });

  it("counts task completions by priority, and the on-time share of those with a due date", async () => {
    expect(await getTaskCompletionReport(analytics(), all)).toEqual([
      { priority: "high", completed: 2, withDueDate: 2, onTime: 1, onTimeShare: 0.5 },
      { priority: "low", completed: 1, withDueDate: 0, onTime: 0, onTimeShare: null },
    ]);
  });

  it("counts achievements unlocked, named from the catalogue", async () => {
    expect(await getAchievementsUnlockedReport(analytics(), orms.main.em.fork(), all)).toEqual([
      { achievementId, name: 'First steps, "quoted"', unlocked: 1 },
    ]);
    expect(
      await getAchievementsUnlockedReport(analytics(), orms.main.em.fork(), { ...all, platform: "web" }),
    ).toEqual([]);
  });

  it("sums focus minutes per day", async () => {
    const focus = (await getFocusMinutesReport(analytics(), all)).filter((day) => day.focusMinutes > 0);
    expect(focus).toEqual([
      { date: "2020-11-03", focusMinutes: 30, focusingUsers: 1 },
      { date: "2020-11-16", focusMinutes: 20, focusingUsers: 1 },
      { date: "2020-11-22", focusMinutes: 15, focusingUsers: 1 },
    ]);
  });

  it("keeps one day base in the activity report: active users and completions of the same user days", async () => {
    const report = await getActivityReport(analytics(), all);
    const day = (date: string) => report.days.find((entry) => entry.date === date);
    expect(day("2020-11-02")).toMatchObject({ activeUsers: 2, tasksCompleted: 1 });
    expect(day("2020-11-11")).toMatchObject({ activeUsers: 1, tasksCompleted: 1, habitsCompleted: 0 });
    expect(day("2020-11-16")).toMatchObject({ activeUsers: 1, tasksCompleted: 1, focusMinutes: 20 });
    expect(report.activityByType).toEqual([
      { activityType: "focus", action: "logged", count: 3 },
      { activityType: "task", action: "completed", count: 3 },
      { activityType: "user", action: "signed_up", count: 3 },
      { activityType: "device", action: "registered", count: 2 },
      { activityType: "habit", action: "logged", count: 2 },
      { activityType: "achievement", action: "unlocked", count: 1 },
      { activityType: "habit", action: "skipped", count: 1 },
    ]);
    const android = await getActivityReport(analytics(), { ...populationRange, platform: "android" });
    expect(android.days.reduce((sum, entry) => sum + entry.tasksCompleted, 0)).toBe(1);
  });

  it.each([
    ["a range over 366 days", { from: "2026-01-01", to: "2027-01-02" }, "input.to", "at most 366 days"],
    [
      "a range ending before it starts",
      { from: "2020-11-02", to: "2020-11-01" },
      "input.to",
      "must not be before",
    ],
    ["an unknown platform", { ...populationRange, platform: "symbian" }, "input.platform", "must be one of"],
  ])("refuses %s as INVALID_INPUT naming the field", async (_case, input, field, message) => {
    const outcome = await getTaskCompletionReport(analytics(), input as never).catch(
      (error: unknown) => error,
    );
    expect(outcome).toBeInstanceOf(DomainError);
    expect((outcome as DomainError).code).toBe("INVALID_INPUT");
    expect((outcome as DomainError).details.fields).toEqual([
      { field, message: expect.stringContaining(message) },
    ]);
  });
});
