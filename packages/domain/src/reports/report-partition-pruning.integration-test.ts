import "reflect-metadata";
import { type MikroORM } from "@mikro-orm/postgresql";
import { loadDatabaseConfig, openAnalyticsOrm } from "@momentum/db";
import { createMonthPartition, plannedRelations } from "@momentum/db/testing";
import { afterAll, beforeAll, expect, it } from "vitest";
import { ACHIEVEMENTS_UNLOCKED } from "./achievements-unlocked.report";
import { ACTIVE_USERS_SQL, activeUsersValues } from "./active-users.report";
import { ACTIVITY_BY_TYPE } from "./activity-by-type.query";
import { DAILY_ACTIVE_USERS, dailyActiveUsersValues } from "./daily-active-users.query";
import { DAILY_PRODUCTIVITY_TOTALS } from "./daily-productivity-totals.query";
import { FOCUS_MINUTES } from "./focus-minutes.report";
import { HABIT_COMPLETION } from "./habit-completion.report";
import { rollupFilterValues, type ReportFilter } from "./report-filter.schema";
import { SIGN_UP_COHORTS, signUpCohortsValues } from "./signup-cohorts.report";
import { TASK_COMPLETION } from "./task-completion.report";

// A month of activity of its own: no report may read user_activity's partitions at all.
let orm: MikroORM;
let month: Awaited<ReturnType<typeof createMonthPartition>>;
beforeAll(async () => {
  orm = await openAnalyticsOrm(loadDatabaseConfig().ANALYTICS_DATABASE_URL);
  month = await createMonthPartition(orm.em.fork(), "2002-02");
});
afterAll(async () => {
  await month?.drop();
  await orm?.close();
});

const filter: ReportFilter = { from: "2002-02-01", to: "2002-02-28", platform: "ios" };

it.each([
  ["daily active users", DAILY_ACTIVE_USERS, dailyActiveUsersValues(filter)],
  ["activity by type", ACTIVITY_BY_TYPE, rollupFilterValues(filter)],
  [
    "productivity totals",
    DAILY_PRODUCTIVITY_TOTALS,
    ["2002-02-01", "2002-02-28", "ios", "ios", "2002-02-01", "2002-02-28"],
  ],
  ["weekly active users", ACTIVE_USERS_SQL.weekly, activeUsersValues(filter)],
  ["sign-up cohorts", SIGN_UP_COHORTS, signUpCohortsValues(filter)],
  ["habit completion", HABIT_COMPLETION, rollupFilterValues(filter)],
  ["task completion", TASK_COMPLETION, rollupFilterValues(filter)],
  ["achievements", ACHIEVEMENTS_UNLOCKED, rollupFilterValues(filter)],
  ["focus minutes", FOCUS_MINUTES, [...rollupFilterValues(filter), filter.from, filter.to]],
])("the %s report reads the daily rollups, never the activity's partitions", async (_name, sql, values) => {
  const relations = await plannedRelations(orm.em.fork(), sql, values);
  expect(relations.some((relation) => relation.startsWith("user_activity"))).toBe(false);
});
