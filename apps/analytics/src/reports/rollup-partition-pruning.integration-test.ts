import "reflect-metadata";
import { type MikroORM } from "@mikro-orm/postgresql";
import { loadDatabaseConfig, openAnalyticsOrm } from "@momentum/db";
import { plannedRelations } from "@momentum/db/testing";
import { afterAll, beforeAll, expect, it } from "vitest";
import { USER_DAYS_ROLLUP, userDaysRollupValues } from "./daily-user-rollups";

// A month long before anything the tests write: a partition of its own, which a rollup must skip.
const OLD_MONTH = "user_activity_p2001_02";

let orm: MikroORM;
beforeAll(async () => {
  orm = await openAnalyticsOrm(loadDatabaseConfig().ANALYTICS_DATABASE_URL);
  await orm.em
    .fork()
    .execute(
      `create table if not exists "${OLD_MONTH}" partition of user_activity for values from ('2001-02-01Z') to ('2001-03-01Z')`,
    );
});
afterAll(async () => {
  await orm?.em.fork().execute(`drop table if exists "${OLD_MONTH}"`);
  await orm?.close();
});

it("a user-day's rollup reads the partitions from that day on, never older months", async () => {
  const today = new Date().toISOString().slice(0, 10);
  const relations = await plannedRelations(
    orm.em.fork(),
    USER_DAYS_ROLLUP,
    userDaysRollupValues([{ userId: "00000000-0000-0000-0000-000000000000", day: today }]),
  );
  expect(relations).toContain(`user_activity_p${today.slice(0, 4)}_${today.slice(5, 7)}`);
  expect(relations).not.toContain(OLD_MONTH);
});
