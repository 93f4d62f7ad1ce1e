import "@momentum/node-runtime/check";
import "reflect-metadata";
import { type EntityManager } from "@mikro-orm/postgresql";
import { openAnalyticsOrm, openMainOrm } from "@momentum/db";
import { createTestDatabases } from "@momentum/db/testing";
import {
  getAchievementsUnlockedReport,
  getActiveUsersReport,
  getActivityReport,
  getFocusMinutesReport,
  getHabitCompletionReport,
  getSignUpCohortsReport,
  getTaskCompletionReport,
  type ReportFilterInput,
} from "@momentum/domain";
import { rebuildDailyRollups } from "../reports/rebuild-daily-rollups";
import {
  BENCH_RANGE,
  BENCH_USERS,
  createBenchPartitions,
  SEED_ACTIVITY,
  SEED_USERS,
  seedActivityValues,
} from "./report-speed-seed";

// The report-speed benchmark (issue 15, item 3): the same 90-day platform report over 1 and 10 million
// user_activity rows of the same 5,000 users, seeded with generate_series into databases of its own,
// the rollups rebuilt from them as the worker would have written them. The report is every analyst
// report of the dashboard (all platforms), best of 5 after a warm-up. For comparison, the same
// range's daily active users counted straight from user_activity, as reports did before the rollups.

const print = (line = "") => process.stdout.write(`${line}\n`);
const ms = (since: bigint) => Number(process.hrtime.bigint() - since) / 1e6;

async function platformReport(analytics: EntityManager, main: EntityManager, filter: ReportFilterInput) {
  await getActivityReport(analytics.fork(), filter);
  await getActiveUsersReport(analytics.fork(), filter);
  await getSignUpCohortsReport(analytics.fork(), filter);
  await getHabitCompletionReport(analytics.fork(), filter);
  await getTaskCompletionReport(analytics.fork(), filter);
  await getAchievementsUnlockedReport(analytics.fork(), main.fork(), filter);
  await getFocusMinutesReport(analytics.fork(), filter);
}

async function bestOf(runs: number, work: () => Promise<unknown>): Promise<number> {
  await work();
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < runs; run++) {
    const start = process.hrtime.bigint();
    await work();
    best = Math.min(best, ms(start));
  }
  return best;
}

const RAW_DAILY_ACTIVE_USERS = `
  select (created_at at time zone 'UTC')::date as day, count(distinct user_id) from user_activity
  where created_at >= ?::date::timestamp at time zone 'UTC' and created_at < (?::date + 1)::timestamp at time zone 'UTC'
  group by 1`;

async function main(): Promise<void> {
  const databases = await createTestDatabases("report-bench");
  const analyticsOrm = await openAnalyticsOrm(databases.analyticsUrl, { statementTimeoutMs: 0 });
  const mainOrm = await openMainOrm(databases.mainUrl);
  try {
    const em = analyticsOrm.em.fork();
    await createBenchPartitions(em);
    await em.execute(SEED_USERS, [BENCH_RANGE.from], "run");
    const filter = { ...BENCH_RANGE, platform: "all" as const };
    const results: { rows: number; reportMs: number; rawMs: number }[] = [];
    let seeded = 0;
    for (const rows of [1_000_000, 10_000_000]) {
      let start = process.hrtime.bigint();
      await em.execute(SEED_ACTIVITY, seedActivityValues(seeded, rows - 1), "run");
      await em.execute("analyze user_activity");
      const seedMs = ms(start);
      seeded = rows;
      start = process.hrtime.bigint();
      const userDays = await rebuildDailyRollups(analyticsOrm.em);
      await em.execute("analyze daily_user_rollups; analyze analytics_users");
      const rebuildMs = ms(start);
      const reportMs = await bestOf(5, () => platformReport(analyticsOrm.em, mainOrm.em, filter));
      const rawMs = await bestOf(1, () =>
        em.fork().execute(RAW_DAILY_ACTIVE_USERS, [filter.from, filter.to]),
      );
      results.push({ rows, reportMs, rawMs });
      print(
        `${rows.toLocaleString("en")} activity rows (${BENCH_USERS.toLocaleString("en")} users, ${userDays.toLocaleString("en")} user-days): ` +
          `seeded in ${(seedMs / 1000).toFixed(1)} s, rollups rebuilt in ${(rebuildMs / 1000).toFixed(1)} s`,
      );
      print(`  90-day platform report (7 reports, from the rollups): ${reportMs.toFixed(0)} ms`);
      print(`  for comparison, daily active users straight from user_activity: ${rawMs.toFixed(0)} ms`);
    }
    const [small, large] = results as [(typeof results)[0], (typeof results)[0]];
    const ratio = large.reportMs / small.reportMs;
    print();
    print(
      `report at 10M rows / at 1M rows: ${ratio.toFixed(2)}x (target: within 3x) ${ratio <= 3 ? "OK" : "MISSED"}; ` +
        `straight from user_activity: ${(large.rawMs / small.rawMs).toFixed(2)}x`,
    );
  } finally {
    await Promise.all([analyticsOrm.close(), mainOrm.close()]);
    await databases.drop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
