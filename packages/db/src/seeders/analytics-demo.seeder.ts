import type { EntityManager } from "@mikro-orm/core";
import { Seeder } from "@mikro-orm/seeder";
import { DateTime } from "luxon";
import { ProductivityMetric } from "../entities/productivity-metric.entity";
import { demoUser } from "./demo-accounts";
import { demoHabitHistory, demoHabitPlans } from "./demo-habits";
import type { DemoSeedContext } from "./demo-user.seeder";

const metricDays = 30;

/**
 * Thirty days of productivity metrics for the demo user, so the analysts' charts have data.
 * Habit counts come from the same generated history as the demo habits; the rest is a plausible rhythm.
 * Upserts by (user, date): running it again refreshes the window.
 */
export class AnalyticsDemoSeeder extends Seeder {
  async run(em: EntityManager, context: DemoSeedContext = {}): Promise<void> {
    const today = DateTime.fromJSDate(context.now ?? new Date(), { zone: demoUser.timezone }).startOf("day");
    const habitCompletions = new Map<string, number>();
    for (const plan of demoHabitPlans) {
      for (const log of demoHabitHistory(plan, today).logs) {
        if (log.skipReason === null) {
          habitCompletions.set(log.completedDate, (habitCompletions.get(log.completedDate) ?? 0) + 1);
        }
      }
    }

    const rows = Array.from({ length: metricDays }, (_, index) => {
      const day = today.minus({ days: metricDays - 1 - index });
      const date = day.toISODate()!;
      const weekend = day.weekday >= 6;
      const tasksCompleted = weekend ? index % 2 : 2 + ((index * 7) % 5);
      const habitsCompleted = habitCompletions.get(date) ?? 0;
      const focusTime = weekend ? 20 : 90 + ((index * 37) % 120);
      return {
        userId: demoUser.id,
        date,
        tasksCompleted,
        habitsCompleted,
        focusTime,
        productivityScore: Math.min(
          100,
          tasksCompleted * 12 + habitsCompleted * 10 + Math.round(focusTime / 6),
        ),
      };
    });
    await em.upsertMany(ProductivityMetric, rows, { onConflictFields: ["userId", "date"] });
  }
}
