import { DevicePlatform, FrequencyType, Priority, TaskStatus } from "@momentum/db";
import { domainEventSchema } from "@momentum/domain";
import { describe, expect, it } from "vitest";
import { planDemoPopulation } from "./demo-population";
import { demoPopulationEvents } from "./demo-population-events";

const now = new Date("2026-12-02T12:00:00Z");
const population = planDemoPopulation({ now });
const events = demoPopulationEvents(population);
const DAY_MS = 24 * 60 * 60 * 1000;
const WEEK_MS = 7 * DAY_MS;

/** Sign-up week (counted back from `now`) -> users, and for each user the weeks since sign-up with activity. */
function cohorts() {
  const weeksActive = new Map<string, Set<number>>();
  const signedUp = new Map(population.users.map(({ user }) => [user.id, user.createdAt.getTime()]));
  for (const event of events) {
    const since = Date.parse(event.occurredAt) - signedUp.get(event.userId!)!;
    const weeks = weeksActive.get(event.userId!) ?? new Set<number>();
    weeks.add(Math.floor(since / WEEK_MS));
    weeksActive.set(event.userId!, weeks);
  }
  const byWeek = new Map<number, Set<number>[]>();
  for (const { user } of population.users) {
    const week = Math.floor((now.getTime() - user.createdAt.getTime()) / WEEK_MS);
    byWeek.set(week, [...(byWeek.get(week) ?? []), weeksActive.get(user.id)!]);
  }
  return byWeek;
}

/** Share of all users at least `weeks` old who were active in week `weeks` after signing up. */
function retention(weeks: number): number {
  const eligible = [...cohorts()].filter(([age]) => age > weeks).flatMap(([, users]) => users);
  return eligible.filter((active) => active.has(weeks)).length / eligible.length;
}

describe("the demo population", () => {
  it("is the same for the same seed and now, ids and events included, and different for another seed", () => {
    expect(planDemoPopulation({ now })).toEqual(population);
    expect(demoPopulationEvents(planDemoPopulation({ now }))).toEqual(events);
    const other = planDemoPopulation({ now, seed: 2 });
    expect(other.users[0]!.user.id).not.toBe(population.users[0]!.user.id);
  });

  it("is a few hundred users signing up over about four months, more of them lately, none today", () => {
    expect(population.users).toHaveLength(300);
    const ages = population.users.map(({ user }) => (now.getTime() - user.createdAt.getTime()) / DAY_MS);
    expect(Math.max(...ages)).toBeGreaterThan(110);
    expect(Math.min(...ages)).toBeGreaterThan(0);
    const weekly = cohorts();
    expect(weekly.size).toBeGreaterThanOrEqual(17);
    const sizeOf = (week: number) => weekly.get(week)?.length ?? 0;
    const recent = [0, 1, 2, 3].reduce((sum, week) => sum + sizeOf(week), 0);
    const early = [13, 14, 15, 16].reduce((sum, week) => sum + sizeOf(week), 0);
    expect(recent).toBeGreaterThan(early);
    for (let week = 0; week <= 16; week++)
      expect(sizeOf(week), `sign-ups ${week} weeks ago`).toBeGreaterThan(0);
  });

  it("keeps fewer users week after week, with a core still active after three months", () => {
    const curve = [0, 1, 2, 4, 8, 12].map(retention);
    expect(curve[0]).toBe(1);
    for (let step = 1; step < curve.length; step++) expect(curve[step]).toBeLessThan(curve[step - 1]!);
    expect(curve.at(-1)).toBeGreaterThan(0.1);
  });

  it("has every platform, priority and frequency type, and tasks done on time, done late and still open", () => {
    const plans = population.users;
    const platforms = new Set(plans.flatMap((plan) => plan.devices.map((device) => device.platform)));
    expect([...platforms].sort()).toEqual(Object.values(DevicePlatform).sort());
    const frequencies = new Set(plans.flatMap((plan) => plan.habits.map((habit) => habit.frequencyType)));
    expect([...frequencies].sort()).toEqual(Object.values(FrequencyType).sort());

    const tasks = plans.flatMap((plan) => plan.tasks);
    for (const priority of [Priority.None, Priority.Low, Priority.Medium, Priority.High, Priority.Urgent]) {
      const ofPriority = tasks.filter((task) => task.priority === priority);
      const due = ofPriority.filter((task) => task.dueDate && task.completedAt);
      expect(
        due.some((task) => task.completedAt! <= task.dueDate!),
        `priority ${priority} on time`,
      ).toBe(true);
      expect(
        due.some((task) => task.completedAt! > task.dueDate!),
        `priority ${priority} late`,
      ).toBe(true);
      expect(
        ofPriority.some((task) => task.status !== TaskStatus.Completed),
        `priority ${priority} open`,
      ).toBe(true);
    }
    const completionRate = (priority: Priority) => {
      const ofPriority = tasks.filter((task) => task.priority === priority);
      return ofPriority.filter((task) => task.completedAt).length / ofPriority.length;
    };
    expect(completionRate(Priority.Urgent)).toBeGreaterThan(completionRate(Priority.None));

    const logs = plans.flatMap((plan) => plan.habitLogs);
    const typeOf = new Map(
      plans.flatMap((plan) => plan.habits.map((habit) => [habit.id, habit.frequencyType])),
    );
    const completedTypes = new Set(
      logs.filter((log) => log.skipReason === null).map((log) => typeOf.get(log.habitId)),
    );
    expect(completedTypes.size, "frequency types with completions").toBe(Object.values(FrequencyType).length);
    expect(logs.some((log) => log.skipReason !== null)).toBe(true);
    expect(plans.flatMap((plan) => plan.focusSessions).length).toBeGreaterThan(500);
    const achievements = new Set(
      plans.flatMap((plan) => plan.achievements.map((earned) => earned.achievementId)),
    );
    expect(achievements.size).toBeGreaterThanOrEqual(6);
  });

  it("happens between each user's sign-up and now, tasks completed after they were created", () => {
    const signedUp = new Map(population.users.map(({ user }) => [user.id, user.createdAt.getTime()]));
    for (const event of events) {
      expect(Date.parse(event.occurredAt)).toBeGreaterThanOrEqual(signedUp.get(event.userId!)!);
      expect(Date.parse(event.occurredAt)).toBeLessThanOrEqual(now.getTime());
    }
    for (const plan of population.users) {
      for (const task of plan.tasks)
        if (task.completedAt) expect(task.completedAt > task.createdAt).toBe(true);
    }
  });

  it("is told as events the event catalogue accepts, as the outbox relay would publish them", () => {
    expect(events.length).toBeGreaterThan(10_000);
    for (const event of events) expect(domainEventSchema.parse(event)).toEqual(event);
    expect(new Set(events.map((event) => event.id)).size).toBe(events.length);
    expect(new Set(events.map((event) => event.type))).toEqual(
      new Set([
        "user.signed_up",
        "device.registered",
        "achievement.unlocked",
        "task.created",
        "task.completed",
        "habit.created",
        "habit.logged",
        "habit.skipped",
        "streak.extended",
        "focus.logged",
      ]),
    );
  });

  it("tells the reports each user's platforms and each habit day's frequency type", () => {
    const registered = new Set(
      events.filter((event) => event.type === "device.registered").map((event) => event.userId),
    );
    expect(registered.size).toBe(population.users.length);
    for (const event of events) {
      if (event.type === "habit.logged" || event.type === "habit.skipped")
        expect(event.payload.frequencyType).toEqual(expect.any(String));
    }
  });
});
