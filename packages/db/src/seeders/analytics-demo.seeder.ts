import { createHash } from "node:crypto";
import type { EntityManager } from "@mikro-orm/core";
import { Seeder } from "@mikro-orm/seeder";
import { DateTime } from "luxon";
import { UserActivity } from "../entities/user-activity.entity";
import { demoUser } from "./demo-accounts";
import { demoHabitHistory, demoHabitPlans } from "./demo-habits";
import type { DemoSeedContext } from "./demo-user.seeder";

const activityDays = 30;

/** A stable id per seeded fact, so seeding again finds the same rows instead of adding copies. */
function demoId(...parts: (string | number)[]): string {
  const hex = createHash("sha1")
    .update(`momentum-demo:${parts.join(":")}`)
    .digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

interface DemoActivity {
  activityType: string;
  action: string;
  entityType: string;
  entityId: string;
  metadata: Record<string, unknown>;
  createdAt: Date;
}

/**
 * Thirty days of the demo user's activity, as the analytics worker would have recorded it from their
 * events: task completions, the demo habits' logs (from the same generated history as the main
 * database's habits) and focus sessions, in a plausible weekly rhythm. The daily productivity metrics are
 * not seeded: the analytics worker's rebuild computes them from these rows (`npm start` runs it), so
 * seeded and live metrics come from one formula.
 */
export class AnalyticsDemoSeeder extends Seeder {
  async run(em: EntityManager, context: DemoSeedContext = {}): Promise<void> {
    const today = DateTime.fromJSDate(context.now ?? new Date(), { zone: demoUser.timezone }).startOf("day");
    const activities: DemoActivity[] = [];
    const at = (day: DateTime, hour: number) => day.set({ hour }).toJSDate();

    for (const [planIndex, plan] of demoHabitPlans.entries()) {
      const habitId = demoId("habit", planIndex);
      for (const log of demoHabitHistory(plan, today).logs) {
        const day = DateTime.fromISO(log.completedDate, { zone: demoUser.timezone });
        if (today.diff(day, "days").days >= activityDays) continue;
        activities.push({
          activityType: "habit",
          action: log.skipReason === null ? "logged" : "skipped",
          entityType: "habit",
          entityId: habitId,
          metadata: { date: log.completedDate, counted: log.skipReason === null, version: 1 },
          createdAt: at(day, plan.loggedAt.hour),
        });
      }
    }

    for (let daysAgo = activityDays - 1; daysAgo >= 0; daysAgo--) {
      const day = today.minus({ days: daysAgo });
      const date = day.toISODate()!;
      const weekend = day.weekday >= 6;
      const tasksCompleted = weekend ? daysAgo % 2 : 2 + ((daysAgo * 7) % 5);
      for (let task = 0; task < tasksCompleted; task++) {
        activities.push({
          activityType: "task",
          action: "completed",
          entityType: "task",
          entityId: demoId("task", date, task),
          metadata: { completedOn: date, priority: "medium", version: 1 },
          createdAt: at(day, 10 + task),
        });
      }
      activities.push({
        activityType: "focus",
        action: "logged",
        entityType: "focus_session",
        entityId: demoId("focus", date),
        metadata: {
          loggedOn: date,
          minutes: weekend ? 20 : 60 + ((daysAgo * 37) % 120),
          taskId: null,
          version: 1,
        },
        createdAt: at(day, 16),
      });
    }

    await em.upsertMany(
      UserActivity,
      activities.map((activity) => ({
        id: demoId(
          activity.activityType,
          activity.action,
          activity.entityId,
          typeof activity.metadata.date === "string" ? activity.metadata.date : "",
        ),
        userId: demoUser.id,
        eventId: null,
        ...activity,
      })),
      { onConflictFields: ["id", "createdAt"], onConflictAction: "ignore" },
    );
  }
}
