import "reflect-metadata";
import { type MikroORM } from "@mikro-orm/postgresql";
import { loadDatabaseConfig, openMainOrm, TaskStatus } from "@momentum/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CacheKeys } from "../cache/cache-keys";
import { type Redis } from "@momentum/platform";
import { privateRedis } from "../testing/private-redis.test-support";
import { insertTestUser } from "../testing/user-builder.test-support";
import { createTask } from "./create-task.service";
import { listTasks } from "./list-tasks.service";
import { cachedTaskCount, invalidateTaskLists } from "./task-list-cache";

let orm: MikroORM;
let cache: Awaited<ReturnType<typeof privateRedis>>;
let redis: Redis;
beforeAll(async () => {
  orm = await openMainOrm(loadDatabaseConfig().DATABASE_URL);
  cache = await privateRedis("task-lists");
  redis = cache.redis;
});
afterAll(async () => {
  await cache?.remove();
  await orm?.close();
});

const contextOf = () => ({ em: orm.em.fork(), redis });

describe("the cached task lists", () => {
  it("keep an empty status list as empty until a write, so it is not read from PostgreSQL again", async () => {
    const user = await insertTestUser(orm.em.fork());
    await createTask(contextOf(), user.id, { title: "open" });

    const page = await listTasks(contextOf(), user.id, { status: [TaskStatus.Cancelled] }, { first: 10 });
    expect(page.totalCount).toBe(0);
    expect(await redis.exists(CacheKeys.emptyTaskList(user.id, TaskStatus.Cancelled))).toBe(1);

    const task = await createTask(contextOf(), user.id, { title: "second" });
    expect(await redis.exists(CacheKeys.emptyTaskList(user.id, TaskStatus.Cancelled))).toBe(0);
    const open = await listTasks(contextOf(), user.id, { status: [TaskStatus.Pending] }, { first: 10 });
    expect(open.edges.map((edge) => edge.node.id)).toContain(task.id);
  });

  it("count a filtered list once, and again after a write", async () => {
    const user = await insertTestUser(orm.em.fork());
    await createTask(contextOf(), user.id, { title: "alpha one" });
    const count = async () =>
      (await listTasks(contextOf(), user.id, { search: "alpha" }, { first: 1 })).totalCount;

    expect(await count()).toBe(1);
    expect(await redis.hlen(CacheKeys.taskCounts(user.id))).toBe(2); // the generation stamp and one count
    await createTask(contextOf(), user.id, { title: "alpha two" });
    expect(await count()).toBe(2);
  });

  it("never store a count taken before a write that has since dropped the counts", async () => {
    const user = await insertTestUser(orm.em.fork());
    const counted = await cachedTaskCount(redis, user.id, "filter", async () => {
      await invalidateTaskLists(redis, user.id); // a write commits while this count runs
      return 41;
    });
    expect(counted).toBe(41);
    expect(await redis.hget(CacheKeys.taskCounts(user.id), "filter")).toBeNull();
  });
});
