import "reflect-metadata";
import { type MikroORM } from "@mikro-orm/postgresql";
import { loadDatabaseConfig, openMainOrm, Task } from "@momentum/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { unreachableRedis } from "../testing/unreachable-redis.test-support";
import { insertTestUser } from "../testing/user-builder.test-support";
import { createTask } from "./create-task.service";

let orm: MikroORM;
let cacheDown: ReturnType<typeof unreachableRedis>;
beforeAll(async () => {
  orm = await openMainOrm(loadDatabaseConfig().DATABASE_URL);
  cacheDown = unreachableRedis();
});
afterAll(async () => {
  cacheDown.disconnect();
  await orm?.close();
});

describe("a change to tasks while Redis is down", () => {
  it("is committed and answered; the cached lists are dropped later or expire", async () => {
    const user = await insertTestUser(orm.em.fork());

    const task = await createTask({ em: orm.em.fork(), redis: cacheDown }, user.id, {
      title: "still saved",
    });
    expect(await orm.em.fork().count(Task, { id: task.id, title: "still saved" })).toBe(1);
  });
});
