import "reflect-metadata";
import { randomUUID } from "node:crypto";
import { DailyUserRollup, ProductivityMetric } from "@momentum/db";
import { openTestOrms, type TestOrms } from "@momentum/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { refusalOf } from "../staff/staff.test-support";
import { getActivityReport } from "./activity-report.service";

// Platform-wide sums need an analytics database no other test file writes to.
let orms: TestOrms;
beforeAll(async () => {
  orms = await openTestOrms("activity-report");
  const em = orms.analytics.em.fork();
  const [ada, grace, linus] = [randomUUID(), randomUUID(), randomUUID()];
  // What the analytics worker's rollups hold for each user-day (on the user's own days).
  const rollup = (userId: string, day: string, activitiesByType: Record<string, number>) =>
    em.create(DailyUserRollup, {
      userId,
      day,
      activities: Object.values(activitiesByType).reduce((sum, count) => sum + count, 0),
      activitiesByType,
    });
  rollup(ada, "2030-03-01", { "task.completed": 2 });
  rollup(grace, "2030-03-01", { "habit.logged": 1 });
  rollup(grace, "2030-03-03", { "task.completed": 1 });
  rollup(linus, "2030-03-03", { "focus.logged": 1 });
  // Outside the range on both sides, by a day.
  rollup(linus, "2030-02-28", { "task.created": 1 });
  rollup(linus, "2030-03-04", { "task.created": 1 });
  rollup(ada, "2030-03-04", { "task.completed": 9 });

  const metric = (userId: string, date: string, fields: Partial<ProductivityMetric>) =>
    em.create(ProductivityMetric, { userId, date, ...fields });
  metric(ada, "2030-03-01", { tasksCompleted: 2, habitsCompleted: 1, focusTime: 50, productivityScore: 80 });
  metric(grace, "2030-03-01", {
    tasksCompleted: 0,
    habitsCompleted: 3,
    focusTime: 10,
    productivityScore: 45.5,
  });
  metric(grace, "2030-03-03", { tasksCompleted: 1, habitsCompleted: 0, focusTime: 0, productivityScore: 12 });
  metric(ada, "2030-03-04", { tasksCompleted: 9, habitsCompleted: 9, focusTime: 99, productivityScore: 99 });
  await em.flush();
});
afterAll(() => orms?.close());

const reportFor = (from: string, to: string) => getActivityReport(orms.analytics.em.fork(), { from, to });

describe("the analysts' activity report", () => {
  it("has one entry per day of the range, quiet days as zeros, summing all users per day", async () => {
    const report = await reportFor("2030-03-01", "2030-03-03");

    expect(report.days).toEqual([
      {
        date: "2030-03-01",
        activeUsers: 2,
        tasksCompleted: 2,
        habitsCompleted: 4,
        focusMinutes: 60,
        averageProductivityScore: 62.75,
      },
      {
        date: "2030-03-02",
        activeUsers: 0,
        tasksCompleted: 0,
        habitsCompleted: 0,
        focusMinutes: 0,
        averageProductivityScore: null,
      },
      {
        date: "2030-03-03",
        activeUsers: 2,
        tasksCompleted: 1,
        habitsCompleted: 0,
        focusMinutes: 0,
        averageProductivityScore: 12,
      },
    ]);
  });

  it("counts activity by type and action over the range's user days, most frequent first", async () => {
    const report = await reportFor("2030-03-01", "2030-03-03");
    expect(report.activityByType).toEqual([
      { activityType: "task", action: "completed", count: 3 },
      { activityType: "focus", action: "logged", count: 1 },
      { activityType: "habit", action: "logged", count: 1 },
    ]);
  });

  it("reports a single day, and a range with nothing at all as zeros", async () => {
    expect((await reportFor("2030-03-04", "2030-03-04")).days).toEqual([
      expect.objectContaining({ date: "2030-03-04", activeUsers: 2, tasksCompleted: 9 }),
    ]);
    const empty = await reportFor("2031-01-01", "2031-12-31");
    expect(empty.days).toHaveLength(365);
    expect(empty.days.every((day) => day.activeUsers === 0 && day.focusMinutes === 0)).toBe(true);
    expect(empty.activityByType).toEqual([]);
  });

  it("accepts a leap year's 366 days and crosses the leap day", async () => {
    const report = await reportFor("2032-01-01", "2032-12-31");
    expect(report.days).toHaveLength(366);
    expect(report.days[59]?.date).toBe("2032-02-29");
  });

  it.each([
    ["a date that does not exist", { from: "2030-02-30", to: "2030-03-01" }, "input.from", "must be a date"],
    ["a date in another format", { from: "2030-03-01", to: "03/04/2030" }, "input.to", "must be a date"],
    ["an end before the start", { from: "2030-03-02", to: "2030-03-01" }, "input.to", "must not be before"],
    ["more than 366 days", { from: "2030-01-01", to: "2031-01-02" }, "input.to", "at most 366 days"],
  ])("refuses %s as INVALID_INPUT naming the field", async (_case, input, field, message) => {
    const error = await refusalOf(getActivityReport(orms.analytics.em.fork(), input));
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.details.fields).toEqual([{ field, message: expect.stringContaining(message) }]);
  });
});
