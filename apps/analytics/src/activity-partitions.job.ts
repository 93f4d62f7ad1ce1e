import { type EntityManager } from "@mikro-orm/postgresql";
import { type Clock, maintainMonthlyPartitions, type RecurringJob, systemClock } from "@momentum/platform";
import { type AnalyticsConfig } from "./config";

/**
 * Keeps `user_activity`'s monthly partitions: the next months ready before their first event, whole
 * months past the retention dropped (a cheap `drop table`, not a delete of millions of rows).
 */
export function activityPartitionsJob(
  em: EntityManager,
  config: Pick<AnalyticsConfig, "activityPartitions" | "housekeeping">,
  clock: Clock = systemClock,
): RecurringJob {
  return {
    name: "user-activity-partitions",
    intervalMs: config.housekeeping.intervalMs,
    run: () =>
      maintainMonthlyPartitions(
        em.fork(),
        { table: "user_activity", column: "created_at", ...config.activityPartitions },
        clock.now(),
      ),
  };
}
