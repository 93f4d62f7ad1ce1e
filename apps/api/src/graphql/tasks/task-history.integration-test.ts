import "reflect-metadata";
import { Task, TaskHistory, User } from "@momentum/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUpTestAccount, type TestAccount } from "../../testing/account-builder";
import { startTestApi, type TestApi } from "../../testing/test-api";
import { created, taskClient } from "./task-test-builder";

let api: TestApi;
let owner: TestAccount;
let tasks: ReturnType<typeof taskClient>;
beforeAll(async () => {
  api = await startTestApi();
  tasks = taskClient(api);
  owner = await signUpTestAccount(api);
});
afterAll(() => api?.stop());

/** A task of the owner's with `count` more history lines, "note 1" oldest, one minute apart. */
async function taskWithHistory(count: number): Promise<string> {
  const task = await created(tasks.create(owner, { title: `With ${count} history lines` }));
  const em = api.deps.orm.em.fork();
  const start = Date.now() + 60_000; // after the "created" line
  for (let line = 1; line <= count; line++) {
    em.create(TaskHistory, {
      task: em.getReference(Task, task.id),
      user: em.getReference(User, owner.userId),
      action: "updated",
      notes: `note ${line}`,
      createdAt: new Date(start + line * 60_000),
    });
  }
  await em.flush();
  return task.id;
}

const HISTORY = `query($id: ID!, $first: Int) { task(id: $id) { history(first: $first) { notes } } }`;

async function historyNotes(id: string, first?: number) {
  const response = await api.graphql<{ task: { history: { notes: string | null }[] } }>(
    HISTORY,
    { id, first },
    owner.accessToken,
  );
  return { notes: response.data?.task.history.map((entry) => entry.notes), errors: response.errors };
}

describe("a task's history", () => {
  it("returns the latest 20 entries, newest first, when no page size is asked for", async () => {
    const id = await taskWithHistory(30);
    const { notes, errors } = await historyNotes(id);
    expect(errors).toBeUndefined();
    expect(notes).toEqual(Array.from({ length: 20 }, (_, index) => `note ${30 - index}`));
  });

  it("returns as many of the latest as asked for, up to 100", async () => {
    const id = await taskWithHistory(120);
    expect((await historyNotes(id, 3)).notes).toEqual(["note 120", "note 119", "note 118"]);
    expect((await historyNotes(id, 100)).notes).toHaveLength(100);
    expect((await historyNotes(id, 0)).notes).toEqual([]);
  });

  it.each([
    [101, "must be at most 100"],
    [-1, "must not be negative"],
  ])("refuses first: %i as BAD_USER_INPUT naming the argument", async (first, message) => {
    const id = await taskWithHistory(1);
    const { errors } = await historyNotes(id, first);
    expect(errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [{ field: "first", message }],
    });
  });

  it("gives each task of a page its own latest entries", async () => {
    const [few, many] = [await taskWithHistory(1), await taskWithHistory(5)];
    const response = await api.graphql<{
      a: { history: { notes: string | null }[] };
      b: { history: { notes: string | null }[] };
    }>(
      `query($few: ID!, $many: ID!) {
        a: task(id: $few) { history(first: 2) { notes } }
        b: task(id: $many) { history(first: 2) { notes } }
      }`,
      { few, many },
      owner.accessToken,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.a.history.map((entry) => entry.notes)).toEqual(["note 1", null]);
    expect(response.data!.b.history.map((entry) => entry.notes)).toEqual(["note 5", "note 4"]);
  });
});
