import type { EntityManager, MikroORM } from "@mikro-orm/postgresql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lockWaiters, openTestOrms, type TestOrms } from "../testing";

// The count is kept by triggers, so these tests change tasks with plain SQL, as any code path could.

let orms: TestOrms;
let main: MikroORM;

beforeAll(async () => {
  orms = await openTestOrms("user_task_counts");
  ({ main } = orms);
});

afterAll(async () => {
  await orms?.close();
});

const sql = <T extends object = object>(query: string, values: unknown[] = []) =>
  main.em.getConnection().execute<T[]>(query, values);

let users = 0;
async function newUser(): Promise<string> {
  users += 1;
  const [row] = await sql<{ id: string }>(
    `insert into users (email, password_hash, full_name, username, timezone)
     values (?, 'not-a-hash', 'Count User', ?, 'UTC') returning id`,
    [`count${users}@example.test`, `count${users}`],
  );
  return row!.id;
}

const statuses = ["pending", "in_progress", "completed", "cancelled"] as const;

async function insertTask(userId: string, status: string, isDeleted = false): Promise<string> {
  const [row] = await sql<{ id: string }>(
    `insert into tasks (user_id, title, status, is_deleted) values (?, 'task', ?, ?) returning id`,
    [userId, status, isDeleted],
  );
  return row!.id;
}

/** The kept count next to the count it stands for. */
async function countsOf(userId: string): Promise<{ kept: number; actual: number }> {
  const [row] = await sql<{ kept: number; actual: number }>(
    `select coalesce((select tasks_completed from user_task_counts where user_id = ?), 0) as kept,
            (select count(*)::int from tasks where user_id = ? and status = 'completed' and not is_deleted) as actual`,
    [userId, userId],
  );
  return row!;
}

/** A small deterministic generator (mulberry32), so a failing sequence can be replayed from its seed. */
function randomFrom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("a user's completed-task count", () => {
  it.each([1, 2, 3])(
    "equals a count of the tasks after any sequence of inserts, status changes, deletions and restores (seed %i)",
    async (seed) => {
      const random = randomFrom(seed);
      const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
      const [first, second] = [await newUser(), await newUser()];
      const tasks: { id: string; userId: string }[] = [];

      for (let step = 0; step < 150; step += 1) {
        const userId = pick([first, second]);
        const task = tasks.length > 0 ? pick(tasks) : undefined;
        const operation = task
          ? pick(["insert", "status", "delete", "restore", "remove", "twice", "bulk"])
          : "insert";
        if (operation === "insert") {
          tasks.push({ id: await insertTask(userId, pick(statuses), random() < 0.1), userId });
        } else if (operation === "status") {
          await sql(`update tasks set status = ? where id = ?`, [pick(statuses), task!.id]);
        } else if (operation === "delete" || operation === "restore") {
          await sql(`update tasks set is_deleted = ? where id = ?`, [operation === "delete", task!.id]);
        } else if (operation === "remove") {
          await sql(`delete from tasks where id = ?`, [task!.id]);
          tasks.splice(tasks.indexOf(task!), 1);
        } else if (operation === "twice") {
          // Completed and reopened in one transaction: the count ends where it began.
          await main.em.transactional(async (em) => {
            await em.execute(`update tasks set status = 'completed' where id = ?`, [task!.id]);
            await em.execute(`update tasks set status = 'pending' where id = ?`, [task!.id]);
          });
        } else {
          const rows = await sql<{ id: string }>(
            `insert into tasks (user_id, title, status)
             select ?, 'bulk', (array['pending', 'completed'])[1 + i % 2] from generate_series(1, 7) i returning id`,
            [userId],
          );
          tasks.push(...rows.map((row) => ({ id: row.id, userId })));
        }
      }

      for (const userId of [first, second]) {
        const { kept, actual } = await countsOf(userId);
        expect(kept).toBe(actual);
      }
    },
  );

  it("is counted at commit, so a transaction that rolls back leaves it unchanged", async () => {
    const userId = await newUser();
    const taskId = await insertTask(userId, "pending");
    await expect(
      main.em.transactional(async (em) => {
        await em.execute(`update tasks set status = 'completed' where id = ?`, [taskId]);
        throw new Error("changed my mind");
      }),
    ).rejects.toThrow("changed my mind");
    expect(await countsOf(userId)).toEqual({ kept: 0, actual: 0 });
  });

  it("lets a user with completed tasks be deleted, and goes with them", async () => {
    const userId = await newUser();
    await insertTask(userId, "completed");
    await sql(`delete from users where id = ?`, [userId]);
    expect(await sql(`select 1 from user_task_counts where user_id = ?`, [userId])).toEqual([]);
  });

  it("stays exact when many transactions complete one user's tasks at once", async () => {
    const userId = await newUser();
    const ids = await Promise.all(Array.from({ length: 12 }, () => insertTask(userId, "pending")));
    await Promise.all(
      ids.map((id, index) =>
        main.em.transactional(async (em) => {
          // Neighbours overlap, always in ascending order, so tasks alone never lock in a cycle.
          for (const taskId of ids.slice(index, index + 2))
            await em.execute(`update tasks set status = 'completed' where id = ?`, [taskId]);
        }),
      ),
    );
    expect(await countsOf(userId)).toEqual({ kept: 12, actual: 12 });
  });

  it("never deadlocks a transaction that completes two tasks with one that completes the second", async () => {
    const userId = await newUser();
    const [first, second] = [await insertTask(userId, "pending"), await insertTask(userId, "pending")];
    const complete = (em: EntityManager, id: string) =>
      em.execute(`update tasks set status = 'completed' where id = ?`, [id]);

    let firstCompleted!: () => void;
    let mayGoOn!: () => void;
    const [firstDone, goOn] = [
      new Promise<void>((done) => (firstCompleted = done)),
      new Promise<void>((done) => (mayGoOn = done)),
    ];
    const both = main.em.transactional(async (em) => {
      await complete(em, first);
      firstCompleted();
      await goOn;
      await complete(em, second);
    });
    await firstDone;
    // Had the count row been locked by the first update, this one would hold the second task and wait
    // for the count, while `both` waits for the second task: a cycle PostgreSQL breaks by failing one.
    const secondAlone = main.em.transactional((em) => complete(em, second));
    await Promise.race([secondAlone, waitFor(async () => (await lockWaiters(main.em.fork())) > 0)]);
    mayGoOn();
    await Promise.all([both, secondAlone]);
    expect(await countsOf(userId)).toEqual({ kept: 2, actual: 2 });
  });
});

async function waitFor(condition: () => Promise<boolean>): Promise<void> {
  while (!(await condition())) await new Promise((retry) => setTimeout(retry, 20));
}
