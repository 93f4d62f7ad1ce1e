import "reflect-metadata";
import { type MikroORM } from "@mikro-orm/postgresql";
import { loadDatabaseConfig, openAnalyticsOrm } from "@momentum/db";
import { plannedRelations } from "@momentum/db/testing";
import { afterAll, beforeAll, expect, it } from "vitest";
import { ACTIVITY_BY_TYPE } from "./activity-by-type.query";
import { DAILY_ACTIVE_USERS } from "./daily-active-users.query";

// Months outside any report range below: partitions of their own, which the reports must skip.
const OUTSIDE = ["user_activity_p2002_01", "user_activity_p2002_03"];

let orm: MikroORM;
beforeAll(async () => {
  orm = await openAnalyticsOrm(loadDatabaseConfig().ANALYTICS_DATABASE_URL);
  for (const [name, from, to] of [
    [OUTSIDE[0], "2002-01-01Z", "2002-02-01Z"],
    ["user_activity_p2002_02", "2002-02-01Z", "2002-03-01Z"],
    [OUTSIDE[1], "2002-03-01Z", "2002-04-01Z"],
  ])
    await orm.em
      .fork()
      .execute(
        `create table if not exists "${name}" partition of user_activity for values from ('${from}') to ('${to}')`,
      );
});
afterAll(async () => {
  for (const name of [...OUTSIDE, "user_activity_p2002_02"])
    await orm?.em.fork().execute(`drop table if exists "${name}"`);
  await orm?.close();
});

it.each([
  ["daily active users", DAILY_ACTIVE_USERS, ["2002-02-01", "2002-02-28", "2002-02-01", "2002-02-28"]],
  ["activity by type", ACTIVITY_BY_TYPE, ["2002-02-01", "2002-02-28"]],
])("the %s report reads only the partitions of its range", async (_name, sql, range) => {
  const relations = await plannedRelations(orm.em.fork(), sql, range);
  expect(relations).toContain("user_activity_p2002_02");
  for (const outside of OUTSIDE) expect(relations).not.toContain(outside);
});
