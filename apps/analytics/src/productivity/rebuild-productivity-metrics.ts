import { type EntityManager } from "@mikro-orm/postgresql";
import { recomputeProductivityDay } from "./recompute-productivity-day";

// Every (user, day) that the activity rows count for, by the same day fields the live recompute reads.
const PRODUCTIVE_DAYS = `
  select distinct user_id as "userId", coalesce(
      metadata->>'completedOn', metadata->>'date', metadata->>'loggedOn', metadata->>'progressedOn'
    ) as day
  from user_activity
  where (activity_type = 'task' and action = 'completed')
     or (activity_type = 'habit' and action in ('logged', 'skipped', 'unlogged'))
     or (activity_type = 'focus' and action = 'logged')
     or (activity_type = 'goal' and action = 'progressed')
  order by 1, 2`;

/**
 * Recomputes every user's daily productivity metrics from the activity rows: for seeded history, after
 * a change to the score's formula, or to repair a database. One transaction per user-day, like the live
 * worker, so it can run while the worker does. Returns how many days it wrote.
 */
export async function rebuildProductivityMetrics(em: EntityManager): Promise<number> {
  const days = await em.fork().execute<{ userId: string; day: string | null }[]>(PRODUCTIVE_DAYS);
  let written = 0;
  for (const { userId, day } of days) {
    if (!day) continue;
    await em.fork().transactional((tx) => recomputeProductivityDay(tx, userId, day));
    written += 1;
  }
  return written;
}
