import "reflect-metadata";
import { randomUUID } from "node:crypto";
import { OutboxEvent, Task } from "@momentum/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUpTestAccount, type TestAccount } from "../../testing/account-builder";
import { startTestApi, type TestApi } from "../../testing/test-api";
import { goalClient, goalOf, refusalOf } from "../goals/goal-test-client";
import { dataOf } from "../habits/habit-test-client";
import { created, taskClient, type TaskResult } from "./task-test-builder";

const DAY_MS = 24 * 60 * 60 * 1000;
const TRASH = `query($first: Int, $after: String) {
  deletedTasks(first: $first, after: $after) {
    edges { cursor node { id title subtasks { id } } } pageInfo { hasNextPage endCursor } totalCount
  }
}`;
const RESTORE = `mutation($id: ID!) { restoreTask(id: $id) { id title status subtasks { id title } } }`;

interface TrashPage {
  edges: { cursor: string; node: { id: string; title: string; subtasks: { id: string }[] } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

let api: TestApi;
let tasks: ReturnType<typeof taskClient>;
beforeAll(async () => {
  // The purge runs once at start and then waits: the tests below move the clock without it.
  api = await startTestApi({ env: { TRASH_PURGE_POLL_MS: "86400000" } });
  tasks = taskClient(api);
});
afterAll(() => api?.stop());

const trashOf = async (account: TestAccount, variables: Record<string, unknown> = {}) =>
  (await dataOf(api.graphql<{ deletedTasks: TrashPage }>(TRASH, variables, account.accessToken)))
    .deletedTasks;
const titlesInTrash = async (account: TestAccount) =>
  (await trashOf(account)).edges.map((edge) => edge.node.title);
const restore = (account: TestAccount, id: string) =>
  api.graphql<{ restoreTask: TaskResult }>(RESTORE, { id }, account.accessToken);
const newTask = (account: TestAccount, title: string, parentTaskId?: string) =>
  created(tasks.create(account, { title, parentTaskId }));
const remove = async (account: TestAccount, id: string) => {
  await dataOf(tasks.remove(account, id));
  api.clock.advance(1000); // one deletion after the other, as a person does them
};
/** Backdates a deletion (with the subtasks deleted with it): access tokens would not survive a moved clock. */
const deletedDaysAgo = (on: TestApi, taskId: string, days: number) =>
  on.deps.orm.em
    .fork()
    .nativeUpdate(
      Task,
      { deletedWithTaskId: taskId },
      { deletedAt: new Date(on.clock.now().getTime() - days * DAY_MS) },
    );
const liveTitles = async (account: TestAccount) =>
  (
    await dataOf(
      api.graphql<{ tasks: { edges: { node: { title: string } }[] } }>(
        `{ tasks(first: 100) { edges { node { title } } } }`,
        {},
        account.accessToken,
      ),
    )
  ).tasks.edges
    .map((edge) => edge.node.title)
    .sort();

describe("deleting a task", () => {
  it("puts it in the trash with its subtasks; restoring brings back exactly those, not one deleted earlier alone", async () => {
    const owner = await signUpTestAccount(api);
    const parent = await newTask(owner, "Move house");
    const packing = await newTask(owner, "Pack", parent.id);
    const boxes = await newTask(owner, "Buy boxes", packing.id);
    const cleaning = await newTask(owner, "Clean", parent.id);
    await remove(owner, cleaning.id);
    await remove(owner, parent.id);

    const trash = await trashOf(owner);
    expect(trash.edges.map((edge) => edge.node.title)).toEqual(["Move house", "Clean"]);
    expect(trash.totalCount).toBe(2);
    expect(await liveTitles(owner)).toEqual([]);

    // A subtask comes back with its parent, not before it.
    for (const id of [packing.id, boxes.id, cleaning.id]) {
      expect(await refusalOf(restore(owner, id))).toEqual({ code: "BAD_USER_INPUT", fields: ["id"] });
    }

    const restored = (await dataOf(restore(owner, parent.id))).restoreTask;
    expect(restored.subtasks.map((task) => task.title)).toEqual(["Pack"]);
    expect(await liveTitles(owner)).toEqual(["Buy boxes", "Move house", "Pack"]);
    expect(await titlesInTrash(owner)).toEqual(["Clean"]);
    const { history } = (await dataOf(tasks.get(owner, packing.id))).task as unknown as {
      history: { action: string; notes: string | null }[];
    };
    expect(history[0]).toMatchObject({
      action: "restored",
      notes: `restored with ${parent.id}`,
    });
    const events = await api.deps.orm.em
      .fork()
      .find(OutboxEvent, { aggregateId: { $in: [parent.id, packing.id, boxes.id, cleaning.id] } });
    expect(events.filter((event) => event.eventType === "task.restored")).toHaveLength(3);

    // Its parent is back: the subtask deleted on its own can come back now.
    await dataOf(restore(owner, cleaning.id));
    expect(await titlesInTrash(owner)).toEqual([]);
    expect(await liveTitles(owner)).toEqual(["Buy boxes", "Clean", "Move house", "Pack"]);
  });

  it("answers NOT_FOUND for a task not in the trash: live, restored already, someone else's, or unknown", async () => {
    const owner = await signUpTestAccount(api);
    const stranger = await signUpTestAccount(api);
    const live = await newTask(owner, "Live");
    const deleted = await newTask(owner, "Deleted");
    await remove(owner, deleted.id);
    expect((await refusalOf(restore(owner, live.id))).code).toBe("NOT_FOUND");
    expect((await refusalOf(restore(stranger, deleted.id))).code).toBe("NOT_FOUND");
    expect((await refusalOf(restore(owner, randomUUID()))).code).toBe("NOT_FOUND");
    expect((await refusalOf(restore(owner, "not-an-id"))).code).toBe("NOT_FOUND");
    expect(await titlesInTrash(stranger)).toEqual([]);
    await dataOf(restore(owner, deleted.id));
    expect((await refusalOf(restore(owner, deleted.id))).code).toBe("NOT_FOUND");
  });

  it("keeps the counts, cached lists and linked goals right when deleted and restored", async () => {
    const owner = await signUpTestAccount(api);
    const goals = goalClient(api);
    const done = await newTask(owner, "Done");
    const open = await newTask(owner, "Open");
    await dataOf(tasks.complete(owner, done.id));
    const goal = await goalOf(goals.create(owner, { title: "Tidy", measurementType: "TASKS" }));
    await goalOf(goals.linkTask(owner, goal.id, done.id));
    await goalOf(goals.linkTask(owner, goal.id, open.id));

    // The completed list is served from the cached sets; the stats read the kept count.
    const tallies = async () => {
      const { tasks: completed, me } = await dataOf(
        api.graphql<{ tasks: { totalCount: number }; me: { stats: { tasksCompleted: number } } }>(
          `{ tasks(filter: { status: [COMPLETED] }) { totalCount } me { stats { tasksCompleted } } }`,
          {},
          owner.accessToken,
        ),
      );
      const { progress } = await goalOf(goals.get(owner, goal.id));
      return [completed.totalCount, me.stats.tasksCompleted, progress];
    };

    expect(await tallies()).toEqual([1, 1, 50]);
    await remove(owner, done.id);
    expect(await tallies()).toEqual([0, 0, 0]);
    await dataOf(restore(owner, done.id));
    expect(await tallies()).toEqual([1, 1, 50]);
    const notes = (await goalOf(goals.get(owner, goal.id))).updates.map((update) => update.notes);
    expect(notes.slice(-2)).toEqual(['task "Done" deleted', 'task "Done" restored']);
  });
});

describe("the trash", () => {
  it("lists the newest deletion first, a page at a time, with the total", async () => {
    const owner = await signUpTestAccount(api);
    for (const title of ["one", "two", "three", "four", "five"]) {
      await remove(owner, (await newTask(owner, title)).id);
    }
    const first = await trashOf(owner, { first: 2 });
    expect(first.edges.map((edge) => edge.node.title)).toEqual(["five", "four"]);
    expect(first).toMatchObject({ totalCount: 5, pageInfo: { hasNextPage: true } });
    const second = await trashOf(owner, { first: 2, after: first.pageInfo.endCursor });
    expect(second.edges.map((edge) => edge.node.title)).toEqual(["three", "two"]);
    const last = await trashOf(owner, { first: 2, after: second.pageInfo.endCursor });
    expect(last.edges.map((edge) => edge.node.title)).toEqual(["one"]);
    expect(last.pageInfo).toEqual({ hasNextPage: false, endCursor: last.edges[0]!.cursor });
    // The default page is the contract's 50.
    expect((await trashOf(owner)).edges).toHaveLength(5);
  });

  it("refuses a cursor it did not give and a page over 100, naming the argument", async () => {
    const owner = await signUpTestAccount(api);
    const ask = (variables: Record<string, unknown>) =>
      refusalOf(api.graphql(TRASH, variables, owner.accessToken));
    expect(await ask({ after: "nonsense" })).toEqual({ code: "BAD_USER_INPUT", fields: ["after"] });
    expect(await ask({ first: 101 })).toEqual({ code: "BAD_USER_INPUT", fields: ["first"] });
  });

  it("keeps a task 30 days: older ones are neither listed nor restorable", async () => {
    const owner = await signUpTestAccount(api);
    const old = await newTask(owner, "old");
    const recent = await newTask(owner, "recent");
    await remove(owner, old.id);
    await remove(owner, recent.id);
    await deletedDaysAgo(api, old.id, 30.01);
    await deletedDaysAgo(api, recent.id, 29.99);
    expect(await titlesInTrash(owner)).toEqual(["recent"]);
    expect((await trashOf(owner)).totalCount).toBe(1);
    expect((await refusalOf(restore(owner, old.id))).code).toBe("NOT_FOUND");
  });
});

describe("the trash purge job", () => {
  it("deletes for good, on its interval, only the tasks deleted more than 30 days ago", async () => {
    const purging = await startTestApi({ env: { TRASH_PURGE_POLL_MS: "100" } });
    try {
      const client = taskClient(purging);
      const owner = await signUpTestAccount(purging);
      const make = (title: string, parentTaskId?: string) =>
        created(client.create(owner, { title, parentTaskId }));
      const old = await make("old");
      const oldChild = await make("old child", old.id);
      const recent = await make("recent");
      await dataOf(client.remove(owner, old.id));
      await dataOf(client.remove(owner, recent.id));
      await deletedDaysAgo(purging, recent.id, 29.99);
      await deletedDaysAgo(purging, old.id, 30.01);

      const em = purging.deps.orm.em;
      await expect
        .poll(() => em.fork().count(Task, { id: { $in: [old.id, oldChild.id] } }), { timeout: 10_000 })
        .toBe(0);
      expect(await em.fork().count(Task, { id: recent.id, isDeleted: true })).toBe(1);
    } finally {
      await purging.stop();
    }
  });
});
