import "reflect-metadata";
import { type MikroORM } from "@mikro-orm/postgresql";
import { loadDatabaseConfig, openMainOrm, Task, TaskStatus, UserTaskCount } from "@momentum/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CacheKeys } from "../cache/cache-keys";
import { DomainErrorCode } from "../errors/domain-error";
import { type Redis } from "@momentum/platform";
import { privateRedis } from "../testing/private-redis.test-support";
import { insertTestUser } from "../testing/user-builder.test-support";
import { completeTask } from "./complete-task.service";
import { createTask } from "./create-task.service";
import { deleteTask } from "./delete-task.service";
import { listDeletedTasks } from "./list-deleted-tasks.service";
import { listTasks } from "./list-tasks.service";
import { purgeTrash } from "./purge-trash.service";
import { restoreTask } from "./restore-task.service";

const DAY_MS = 24 * 60 * 60 * 1000;

let orm: MikroORM;
let cache: Awaited<ReturnType<typeof privateRedis>>;
let redis: Redis;
beforeAll(async () => {
  orm = await openMainOrm(loadDatabaseConfig().DATABASE_URL);
  cache = await privateRedis("task-trash");
  redis = cache.redis;
});
afterAll(async () => {
  await cache?.remove();
  await orm?.close();
});

const contextOf = () => ({ em: orm.em.fork(), redis });
const at = (start: Date, days: number) => new Date(start.getTime() + days * DAY_MS);
const stored = (ids: string[]) =>
  orm.em.fork().find(Task, { id: { $in: ids } }, { orderBy: { title: "asc" } });

describe("a task deletion", () => {
  it("is one unit: the subtasks deleted with the task come back with it, one deleted alone before stays", async () => {
    const user = await insertTestUser(orm.em.fork());
    const start = new Date();
    const parent = await createTask(contextOf(), user.id, { title: "parent" });
    const kept = await createTask(contextOf(), user.id, { title: "with parent", parentTaskId: parent.id });
    const alone = await createTask(contextOf(), user.id, { title: "alone", parentTaskId: parent.id });
    await deleteTask(contextOf(), user.id, alone.id, start);
    await deleteTask(contextOf(), user.id, parent.id, at(start, 1));

    expect(
      (await stored([parent.id, kept.id, alone.id])).map((task) => [task.title, task.deletedWithTaskId]),
    ).toEqual([
      ["alone", alone.id],
      ["parent", parent.id],
      ["with parent", parent.id],
    ]);

    await restoreTask(contextOf(), user.id, parent.id, at(start, 2));
    expect(
      (await stored([parent.id, kept.id, alone.id])).map((task) => [
        task.title,
        task.isDeleted,
        task.deletedAt,
      ]),
    ).toEqual([
      ["alone", true, start],
      ["parent", false, null],
      ["with parent", false, null],
    ]);
    const trash = await listDeletedTasks(orm.em.fork(), user.id, {}, at(start, 2));
    expect(trash.edges.map((edge) => edge.node.id)).toEqual([alone.id]);
  });

  it("of a subtask whose parent is in the trash cannot be undone before the parent's", async () => {
    const user = await insertTestUser(orm.em.fork());
    const parent = await createTask(contextOf(), user.id, { title: "parent" });
    const child = await createTask(contextOf(), user.id, { title: "child", parentTaskId: parent.id });
    await deleteTask(contextOf(), user.id, child.id);
    await deleteTask(contextOf(), user.id, parent.id);
    await expect(restoreTask(contextOf(), user.id, child.id)).rejects.toMatchObject({
      code: DomainErrorCode.InvalidInput,
      details: { fields: [{ field: "id" }] },
    });
  });

  it("keeps the completed count and the cached lists right both ways", async () => {
    const user = await insertTestUser(orm.em.fork());
    const task = await createTask(contextOf(), user.id, { title: "done" });
    await completeTask(contextOf(), user.id, task.id);
    const completed = async () => {
      const page = await listTasks(contextOf(), user.id, { status: [TaskStatus.Completed] }, { first: 10 });
      const counted = await orm.em.fork().findOne(UserTaskCount, { user: user.id });
      return [page.totalCount, counted?.tasksCompleted ?? 0];
    };
    expect(await completed()).toEqual([1, 1]);
    expect(await redis.exists(CacheKeys.taskList(user.id, TaskStatus.Completed))).toBe(1);

    await deleteTask(contextOf(), user.id, task.id);
    expect(await redis.exists(CacheKeys.taskList(user.id, TaskStatus.Completed))).toBe(0);
    expect(await completed()).toEqual([0, 0]);
    await restoreTask(contextOf(), user.id, task.id);
    expect(await redis.exists(CacheKeys.taskCounts(user.id))).toBe(0);
    expect(await completed()).toEqual([1, 1]);
  });
});

describe("the trash purge", () => {
  it("deletes for good, in batches, the tasks deleted more than 30 days ago and nothing newer", async () => {
    const user = await insertTestUser(orm.em.fork());
    const start = new Date(Date.now() - 40 * DAY_MS);
    const old: string[] = [];
    for (const title of ["old 1", "old 2", "old 3", "old 4", "old 5"]) {
      const task = await createTask(contextOf(), user.id, { title });
      if (old.length === 0) {
        old.push((await createTask(contextOf(), user.id, { title: "old child", parentTaskId: task.id })).id);
      }
      await deleteTask(contextOf(), user.id, task.id, start);
      old.push(task.id);
    }
    const recent = await createTask(contextOf(), user.id, { title: "recent" });
    await deleteTask(contextOf(), user.id, recent.id, at(start, 11)); // 29 days ago
    const live = await createTask(contextOf(), user.id, { title: "live" });

    const purged = await purgeTrash(orm.em.fork(), new Date(), 2);
    expect(purged).toBeGreaterThanOrEqual(5); // other files' old trash may go in the same round
    expect((await stored([...old, recent.id, live.id])).map((task) => task.title)).toEqual([
      "live",
      "recent",
    ]);
  });
});
