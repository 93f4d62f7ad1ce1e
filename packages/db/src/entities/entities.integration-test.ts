import type { MikroORM } from "@mikro-orm/postgresql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestOrms, type TestOrms } from "../testing";
import { Category } from "./category.entity";
import { CategoryType, FrequencyType, MeasurementType } from "./enums";
import { Goal } from "./goal.entity";
import { HabitLog } from "./habit-log.entity";
import { Habit } from "./habit.entity";
import { OutboxEvent } from "./outbox-event.entity";
import { ProductivityMetric } from "./productivity-metric.entity";
import { Task } from "./task.entity";
import { User } from "./user.entity";

let orms: TestOrms;
let main: MikroORM;
let analytics: MikroORM;

beforeAll(async () => {
  orms = await openTestOrms("entities");
  ({ main, analytics } = orms);
});

afterAll(async () => {
  await orms?.close();
});

let userCount = 0;
function newUser(em: ReturnType<MikroORM["em"]["fork"]>, overrides: Partial<User> = {}): User {
  userCount += 1;
  return em.create(User, {
    email: `user${userCount}@example.test`,
    username: `user${userCount}`,
    passwordHash: "not-a-real-hash",
    fullName: `User ${userCount}`,
    timezone: "Europe/Berlin",
    ...overrides,
  });
}

describe("main database entities", () => {
  it("keep calendar days as the same 'YYYY-MM-DD' string whatever the host timezone", async () => {
    const em = main.em.fork();
    const user = newUser(em);
    // The night the clocks change in Berlin; a Date-based mapping would shift it under TZ=America/New_York.
    const habit = em.create(Habit, {
      user,
      title: "Read",
      frequencyType: FrequencyType.Daily,
      frequencyConfig: {},
      startDate: "2026-03-29",
    });
    em.create(HabitLog, { habit, user, completedDate: "2026-03-29" });
    await em.flush();

    const log = await main.em.fork().findOneOrFail(HabitLog, { habit: habit.id });
    expect(log.completedDate).toBe("2026-03-29");
    const reloaded = await main.em.fork().findOneOrFail(Habit, habit.id);
    expect(reloaded.startDate).toBe("2026-03-29");
  });

  it("read NUMERIC columns back as JS numbers", async () => {
    const em = main.em.fork();
    const goal = em.create(Goal, {
      user: newUser(em),
      title: "Lose weight",
      startDate: "2026-01-01",
      measurementType: MeasurementType.Numeric,
      startValue: 80,
      targetValue: 72.5,
      currentValue: 79.35,
      progress: 8.13,
    });
    await em.flush();

    const reloaded = await main.em.fork().findOneOrFail(Goal, goal.id);
    expect([reloaded.startValue, reloaded.targetValue, reloaded.currentValue, reloaded.progress]).toEqual([
      80, 72.5, 79.35, 8.13,
    ]);
  });

  it("refuse a second user whose e-mail or username differs only in case", async () => {
    const em = main.em.fork();
    newUser(em, { email: "Mixed.Case@example.test", username: "MixedCase" });
    await em.flush();

    const byEmail = main.em.fork();
    newUser(byEmail, { email: "mixed.case@EXAMPLE.test" });
    await expect(byEmail.flush()).rejects.toThrow(/users_email_lower_unique/);

    const byUsername = main.em.fork();
    newUser(byUsername, { username: "mixedcase" });
    await expect(byUsername.flush()).rejects.toThrow(/users_username_lower_unique/);
  });

  it("allow reusing the name of a deleted category but not of a live one", async () => {
    const em = main.em.fork();
    const user = newUser(em);
    em.create(Category, { user, name: "Work", color: "#112233", type: CategoryType.Task, isDeleted: true });
    em.create(Category, { user, name: "Work", color: "#112233", type: CategoryType.Task });
    await em.flush();

    const duplicate = main.em.fork();
    duplicate.create(Category, { user: user.id, name: "Work", color: "#000000", type: CategoryType.Habit });
    await expect(duplicate.flush()).rejects.toThrow(/idx_categories_user_name/);
  });

  it("delete a user together with everything the user owns", async () => {
    const em = main.em.fork();
    const user = newUser(em);
    const parent = em.create(Task, { user, title: "Parent" });
    em.create(Task, { user, title: "Child", parentTask: parent });
    const habit = em.create(Habit, {
      user,
      title: "Walk",
      frequencyType: FrequencyType.Daily,
      frequencyConfig: {},
      startDate: "2026-01-01",
    });
    em.create(HabitLog, { habit, user, completedDate: "2026-01-02" });
    await em.flush();

    await main.em.fork().nativeDelete(User, { id: user.id });

    const check = main.em.fork();
    expect(await check.count(Task, { user: user.id })).toBe(0);
    expect(await check.count(Habit, { user: user.id })).toBe(0);
    expect(await check.count(HabitLog, { user: user.id })).toBe(0);
  });

  it("number outbox events in insertion order, assigned by the database", async () => {
    const em = main.em.fork();
    const occurredAt = new Date();
    const events = [1, 2, 3].map((n) =>
      em.create(OutboxEvent, {
        eventType: "task.created",
        eventVersion: 1,
        aggregateType: "task",
        aggregateId: String(n),
        payload: { n },
        occurredAt,
      }),
    );
    await em.flush();

    const positions = events.map((event) => event.position);
    expect(positions.every((position) => typeof position === "number")).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(new Set(positions).size).toBe(3);
  });
});

describe("analytics database entities", () => {
  it("store one productivity row per user and day", async () => {
    const userId = "00000000-0000-4000-8000-000000000001";
    const em = analytics.em.fork();
    em.create(ProductivityMetric, { userId, date: "2026-03-29", tasksCompleted: 3, productivityScore: 71.5 });
    await em.flush();

    const reloaded = await analytics.em
      .fork()
      .findOneOrFail(ProductivityMetric, { userId, date: "2026-03-29" });
    expect(reloaded.productivityScore).toBe(71.5);

    const duplicate = analytics.em.fork();
    duplicate.create(ProductivityMetric, { userId, date: "2026-03-29" });
    await expect(duplicate.flush()).rejects.toThrow(/productivity_metrics_user_id_date_unique/);
  });
});
