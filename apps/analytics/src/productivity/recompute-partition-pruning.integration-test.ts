import "reflect-metadata";
import { type MikroORM } from "@mikro-orm/postgresql";
import { loadDatabaseConfig, openAnalyticsOrm } from "@momentum/db";
import { createMonthPartition, plannedRelations } from "@momentum/db/testing";
import { afterAll, beforeAll, expect, it } from "vitest";
import { DAY_TOTALS, dayTotalsValues } from "./recompute-productivity-day";

// A month long before anything the tests write: a partition of its own, which a recompute must skip.
let orm: MikroORM;
let oldMonth: Awaited<ReturnType<typeof createMonthPartition>>;
beforeAll(async () => {
  orm = await openAnalyticsOrm(loadDatabaseConfig().ANALYTICS_DATABASE_URL);
  oldMonth = await createMonthPartition(orm.em.fork(), "2001-01");
});
afterAll(async () => {
  await oldMonth?.drop();
  await orm?.close();
});

it("a day's recompute reads the partitions from that day on, never older months", async () => {
  const today = new Date().toISOString().slice(0, 10);
  const relations = await plannedRelations(
    orm.em.fork(),
    DAY_TOTALS,
    dayTotalsValues([{ userId: "00000000-0000-0000-0000-000000000000", date: today }]),
  );
  const thisMonth = `user_activity_p${today.slice(0, 4)}_${today.slice(5, 7)}`;
  expect(relations).toContain(thisMonth);
  expect(relations).not.toContain(oldMonth.name);
});
