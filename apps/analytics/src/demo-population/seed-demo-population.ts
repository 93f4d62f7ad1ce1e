import { type EntityManager } from "@mikro-orm/postgresql";
import { AchievementSeeder } from "@momentum/db";
import { type DomainEvent } from "@momentum/domain";
import { maintainMonthlyPartitions } from "@momentum/platform";
import { ingestDomainEvents } from "../ingest-domain-event.handler";
import { insertRows } from "./bulk-insert";
import {
  demoPopulationEmailDomain,
  planDemoPopulation,
  type DemoPopulation,
  type DemoPopulationOptions,
} from "./demo-population";
import { demoPopulationEvents } from "./demo-population-events";

/** Nobody knows this hash's password (it was random and thrown away): demo population users cannot sign in. */
const unknownPasswordHash = "$2b$10$jf4pM9eUZI.mWo8wVWlKOud4mloXM2pYdhXvo7OOkBeQr.siIwwyi";
const INGEST_BATCH = 1_000;

export interface DemoPopulationSeeding {
  users: number;
  /** Rows written to the main database; 0 when the population was already there. */
  mainRows: number;
  /** Events ingested into the analytics database; 0 when their activity was already there. */
  events: number;
}

/** Whether the main database has any account of the demo population (by its reserved e-mail domain). */
async function mainHasPopulation(em: EntityManager): Promise<boolean> {
  const [row] = await em.execute<{ present: boolean }[]>(
    `select exists(select 1 from users where lower(email) like ?) as present`,
    [`%@${demoPopulationEmailDomain}`],
  );
  return row?.present ?? false;
}

/** The population's main-database rows, table by table in foreign-key order, with snake_case columns. */
function mainRowsOf(population: DemoPopulation): [table: string, rows: Record<string, unknown>[]][] {
  const plans = population.users;
  return [
    [
      "users",
      plans.map(({ user }) => ({
        id: user.id,
        email: user.email,
        password_hash: unknownPasswordHash,
        full_name: user.fullName,
        username: user.username,
        timezone: user.timezone,
        created_at: user.createdAt,
        updated_at: user.lastLoginAt,
        last_login_at: user.lastLoginAt,
        is_demo: true,
      })),
    ],
    [
      "devices",
      plans.flatMap(({ devices }) =>
        devices.map((device) => ({
          id: device.id,
          user_id: device.userId,
          token: device.token,
          platform: device.platform,
          created_at: device.createdAt,
          updated_at: device.lastSeenAt,
          last_seen_at: device.lastSeenAt,
        })),
      ),
    ],
    [
      "tasks",
      plans.flatMap(({ tasks }) =>
        tasks.map((task) => ({
          id: task.id,
          user_id: task.userId,
          title: task.title,
          due_date: task.dueDate,
          priority: task.priority,
          status: task.status,
          created_at: task.createdAt,
          updated_at: task.completedAt ?? task.createdAt,
          completed_at: task.completedAt,
        })),
      ),
    ],
    [
      "habits",
      plans.flatMap(({ habits, habitLogs }) =>
        habits.map((habit) => {
          const completions = habitLogs.filter((log) => log.habitId === habit.id && log.skipReason === null);
          // Streaks and checkpoints come from `habits:rebuild` (npm start runs it right after seeding).
          return {
            id: habit.id,
            user_id: habit.userId,
            title: habit.title,
            frequency_type: habit.frequencyType,
            frequency_config: habit.frequencyConfig,
            start_date: habit.startDate,
            created_at: habit.createdAt,
            updated_at: completions.at(-1)?.completedAt ?? habit.createdAt,
            total_completions: completions.length,
            last_completed_at: completions.at(-1)?.completedAt ?? null,
          };
        }),
      ),
    ],
    [
      "habit_logs",
      plans.flatMap(({ habitLogs }) =>
        habitLogs.map((log) => ({
          id: log.id,
          habit_id: log.habitId,
          user_id: log.userId,
          completed_date: log.completedDate,
          completed_at: log.completedAt,
          mood: log.mood,
          skip_reason: log.skipReason,
        })),
      ),
    ],
    [
      "user_achievements",
      plans.flatMap(({ achievements }) =>
        achievements.map((earned) => ({
          id: earned.id,
          user_id: earned.userId,
          achievement_id: earned.achievementId,
          earned_at: earned.earnedAt,
          progress: 100,
        })),
      ),
    ],
  ];
}

/** Writes the population's accounts and history in bulk, in one transaction, unless it is there already. */
async function seedMainDatabase(em: EntityManager, population: DemoPopulation): Promise<number> {
  await new AchievementSeeder().run(em.fork());
  return em.fork().transactional(async (tx) => {
    if (await mainHasPopulation(tx)) return 0;
    let written = 0;
    for (const [table, rows] of mainRowsOf(population)) {
      await insertRows(tx, table, rows);
      written += rows.length;
    }
    return written;
  });
}

/**
 * Feeds the events through the analytics worker's own ingestion, in batches, in one transaction (all or
 * nothing), unless the population's activity is there already. The months they fall in get partitions
 * of their own first, so the reports read them as they read live months.
 */
async function seedAnalyticsDatabase(
  em: EntityManager,
  population: DemoPopulation,
  events: readonly DomainEvent[],
): Promise<number> {
  const first = events[0];
  if (!first) return 0;
  return em.fork().transactional(async (tx) => {
    const [row] = await tx.execute<{ present: boolean }[]>(
      `select exists(
         select 1 from user_activity
         where user_id in (select value::uuid from jsonb_array_elements_text(?::jsonb))
       ) as present`,
      [JSON.stringify(population.users.map(({ user }) => user.id))],
    );
    if (row?.present) return 0;
    const firstMonth = new Date(first.occurredAt);
    const months =
      (population.now.getUTCFullYear() - firstMonth.getUTCFullYear()) * 12 +
      population.now.getUTCMonth() -
      firstMonth.getUTCMonth();
    await maintainMonthlyPartitions(
      tx,
      { table: "user_activity", column: "created_at", monthsAhead: months, retentionMonths: null },
      firstMonth,
    );
    for (let start = 0; start < events.length; start += INGEST_BATCH) {
      await ingestDomainEvents(tx, events.slice(start, start + INGEST_BATCH));
    }
    return events.length;
  });
}

/**
 * Seeds the synthetic demo population into both databases: the main database in bulk, the analytics
 * database through the worker's ingestion of the events the API would have published. Each side is
 * skipped when it already holds the population, so running it again changes nothing. (Should the
 * analytics side alone be missing, it is filled from `options.now`: on a later day than the main side's
 * seeding, its dates are shifted by the difference.)
 */
export async function seedDemoPopulation(
  mainEm: EntityManager,
  analyticsEm: EntityManager,
  options: DemoPopulationOptions,
): Promise<DemoPopulationSeeding> {
  const population = planDemoPopulation(options);
  const mainRows = await seedMainDatabase(mainEm, population);
  const events = await seedAnalyticsDatabase(analyticsEm, population, demoPopulationEvents(population));
  return { users: population.users.length, mainRows, events };
}
