import "reflect-metadata";
import { type TestOrms, openTestOrms } from "@momentum/db/testing";
import { backfillAchievements, rebuildHabitStates } from "@momentum/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { planDemoPopulation } from "./demo-population";
import { demoPopulationEvents } from "./demo-population-events";
import { seedDemoPopulation, type DemoPopulationSeeding } from "./seed-demo-population";

const now = new Date("2026-12-02T12:00:00Z");
const population = planDemoPopulation({ now });
const events = demoPopulationEvents(population);
const plans = population.users;

let orms: TestOrms;
let first: DemoPopulationSeeding;
let seconds: number;

const countOf = async (orm: "main" | "analytics", sql: string): Promise<number> => {
  const [row] = await orms[orm].em.fork().execute<{ count: number }[]>(`select (${sql})::int as count`);
  return row!.count;
};

beforeAll(async () => {
  orms = await openTestOrms("demo-population");
  const started = performance.now();
  first = await seedDemoPopulation(orms.main.em.fork(), orms.analytics.em.fork(), { now });
  seconds = (performance.now() - started) / 1000;
  console.info(
    `demo population: ${first.users} users, ${first.mainRows} main rows, ${first.events} events in ${seconds.toFixed(1)} s`,
  );
}, 180_000);
afterAll(() => orms?.close());

describe("seeding the demo population", () => {
  it("writes every planned row to the main database in seconds, marked as demo", async () => {
    expect(first.users).toBe(300);
    expect(seconds).toBeLessThan(90);
    expect(await countOf("main", "select count(*) from users where is_demo")).toBe(300);
    expect(
      await countOf("main", "select count(*) from users where email like '%@demo.momentum.invalid'"),
    ).toBe(300);
    expect(await countOf("main", "select count(*) from tasks")).toBe(
      plans.flatMap((plan) => plan.tasks).length,
    );
    expect(await countOf("main", "select count(*) from habit_logs")).toBe(
      plans.flatMap((plan) => plan.habitLogs).length,
    );
    expect(await countOf("main", "select count(distinct platform) from devices")).toBe(3);
    expect(await countOf("main", "select count(*) from user_achievements")).toBe(
      plans.flatMap((plan) => plan.achievements).length,
    );
    // Kept by the tasks' triggers, as for tasks completed through the API.
    expect(await countOf("main", "select sum(tasks_completed) from user_task_counts")).toBe(
      plans.flatMap((plan) => plan.tasks).filter((task) => task.completedAt).length,
    );
  });

  it("feeds the analytics database through the worker's ingestion: activity and daily metrics", async () => {
    expect(first.events).toBe(events.length);
    expect(await countOf("analytics", "select count(*) from user_activity")).toBe(events.length);
    expect(await countOf("analytics", "select count(distinct user_id) from user_activity")).toBe(300);
    expect(await countOf("analytics", "select sum(focus_time) from productivity_metrics")).toBe(
      plans.flatMap((plan) => plan.focusSessions).reduce((sum, session) => sum + session.minutes, 0),
    );
    expect(await countOf("analytics", "select sum(tasks_completed) from productivity_metrics")).toBe(
      plans.flatMap((plan) => plan.tasks).filter((task) => task.completedAt).length,
    );
    // The reports know every user's platform and keep their daily rollups through the same ingestion.
    expect(
      await countOf(
        "analytics",
        "select count(*) from analytics_users where platform in ('ios', 'android', 'web')",
      ),
    ).toBe(300);
    expect(await countOf("analytics", "select count(distinct user_id) from daily_user_rollups")).toBe(300);
    // Each month of the population got a partition of its own; nothing fell into the default one.
    expect(await countOf("analytics", "select count(*) from user_activity_default")).toBe(0);
    expect(
      await countOf(
        "analytics",
        "select count(*) from pg_tables where tablename like 'user_activity_p2026_%'",
      ),
    ).toBeGreaterThanOrEqual(5);
  });

  it("comes with every achievement the product's rules award it, dated when reached", async () => {
    // As npm start does after seeding: the streak engine keeps the habits' state, then the backfill awards
    // whatever the population reached but does not have.
    await rebuildHabitStates(orms.main.em.fork(), { now });
    expect(await backfillAchievements(orms.main.em.fork())).toBe(0);
  }, 120_000);

  it("changes nothing when run again", async () => {
    const again = await seedDemoPopulation(orms.main.em.fork(), orms.analytics.em.fork(), { now });
    expect(again).toEqual({ users: 300, mainRows: 0, events: 0 });
    expect(await countOf("main", "select count(*) from users")).toBe(300);
    expect(await countOf("analytics", "select count(*) from user_activity")).toBe(events.length);
  });
});
