import "reflect-metadata";
import { type MikroORM } from "@mikro-orm/postgresql";
import {
  AchievementSeeder,
  loadDatabaseConfig,
  openMainOrm,
  OutboxEvent,
  Task,
  TaskStatus,
  UserAchievement,
} from "@momentum/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backfillAchievements } from "./award-achievements-backfill";
import { insertTestUser } from "../testing/user-builder.test-support";

let orm: MikroORM;
beforeAll(async () => {
  orm = await openMainOrm(loadDatabaseConfig().DATABASE_URL);
  await new AchievementSeeder().run(orm.em.fork());
});
afterAll(() => orm?.close());

describe("the achievements backfill", () => {
  it("awards what existing data already reached, once, without pushes", async () => {
    const em = orm.em.fork();
    const user = await insertTestUser(em);
    em.create(Task, { user, title: "done long ago", status: TaskStatus.Completed, completedAt: new Date() });
    await em.flush();

    expect(await backfillAchievements(orm.em.fork())).toBeGreaterThanOrEqual(1);
    await backfillAchievements(orm.em.fork());
    const check = orm.em.fork();
    expect(await check.count(UserAchievement, { user: user.id })).toBe(1);
    expect(await check.count(OutboxEvent, { userId: user.id, eventType: "ACHIEVEMENT_UNLOCKED" })).toBe(0);
  });
});
