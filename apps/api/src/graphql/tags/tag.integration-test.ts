import "reflect-metadata";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUpTestAccount, type TestAccount } from "../../testing/account-builder";
import { startTestApi, type TestApi } from "../../testing/test-api";
import { habitClient } from "../habits/habit-test-client";
import { created, taskClient } from "../tasks/task-test-builder";
import { tagClient } from "./tag-test-client";

let api: TestApi;
let owner: TestAccount;
let intruder: TestAccount;
let tags: ReturnType<typeof tagClient>;
let tasks: ReturnType<typeof taskClient>;
beforeAll(async () => {
  api = await startTestApi();
  [owner, intruder] = await Promise.all([signUpTestAccount(api), signUpTestAccount(api)]);
  tags = tagClient(api);
  tasks = taskClient(api);
});
afterAll(() => api?.stop());

const tagsOfTask = async (account: TestAccount, id: string) =>
  (
    await api.graphql<{ task: { tags: { name: string }[] } }>(
      `query($id: ID!) { task(id: $id) { tags { name } } }`,
      { id },
      account.accessToken,
    )
  ).data!.task.tags.map((tag) => tag.name);

const taggedWith = async (account: TestAccount, tagIds: string[], first = 50, after?: string) =>
  (
    await api.graphql<{
      tasks: {
        totalCount: number;
        edges: { node: { title: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    }>(
      `query($tagIds: [ID!], $first: Int, $after: String) {
        tasks(filter: { tagIds: $tagIds }, first: $first, after: $after) {
          totalCount edges { node { title } } pageInfo { hasNextPage endCursor }
        } }`,
      { tagIds, first, after },
      account.accessToken,
    )
  ).data!.tasks;

describe("tags", () => {
  it("are created trimmed with an upper-case colour (or none), listed by name and renamed", async () => {
    const account = await signUpTestAccount(api);
    const work = await tags.made(account, "  work ", "#00aa00");
    const home = await tags.made(account, "home");
    expect([work.name, work.color, home.color]).toEqual(["work", "#00AA00", null]);

    const renamed = (await tags.update(account, work.id, { name: "Work", color: "#112233" })).data!.updateTag;
    expect(renamed).toEqual({ id: work.id, name: "Work", color: "#112233" });
    expect((await tags.list(account)).map((tag) => tag.name)).toEqual(["Work", "home"]);
    const viewer = await api.graphql<{ me: { tags: { name: string }[] } }>(
      `query { me { tags { name } } }`,
      {},
      account.accessToken,
    );
    expect(viewer.data!.me.tags.map((tag) => tag.name)).toEqual(["Work", "home"]);
  });

  it("a name is unique per user whatever its case (CONFLICT on input.name); another user may use it", async () => {
    const first = await tags.made(owner, "Errands");
    for (const response of [
      await tags.create(owner, { name: "errands" }),
      await tags.update(owner, (await tags.made(owner, "Chores")).id, { name: "ERRANDS" }),
    ]) {
      expect(response.errors?.[0]?.extensions).toMatchObject({
        code: "CONFLICT",
        fields: [{ field: "input.name", message: "is already used" }],
      });
    }
    await tags.made(intruder, "Errands");
    expect((await tags.update(owner, first.id, { name: "errands" })).data!.updateTag.name).toBe("errands");
  });

  it.each([
    ["an empty name", { name: "  " }, "input.name"],
    ["a 51-character name", { name: "n".repeat(51) }, "input.name"],
    ["a colour that is not #RRGGBB", { name: "Red", color: "red" }, "input.color"],
  ])("refuses %s as BAD_USER_INPUT", async (_case, input, field) => {
    const response = await tags.create(owner, input);
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [expect.objectContaining({ field })],
    });
  });

  it("another user's tag is NOT_FOUND to change, delete or put on a task or habit (BAD_USER_INPUT)", async () => {
    const theirs = await tags.made(owner, "Private");
    expect((await tags.update(intruder, theirs.id, { name: "Mine" })).errors?.[0]?.extensions?.code).toBe(
      "NOT_FOUND",
    );
    expect((await tags.remove(intruder, theirs.id)).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect((await tags.remove(intruder, "not-an-id")).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");

    const onTask = await tasks.create(intruder, { title: "Sneaky", tagIds: [theirs.id] });
    const task = await created(tasks.create(intruder, { title: "Mine" }));
    const onUpdate = await tasks.update(intruder, task.id, { tagIds: [theirs.id] });
    const onHabit = await habitClient(api).create(intruder, {
      title: "Sneaky",
      frequencyType: "DAILY",
      tagIds: [theirs.id],
    });
    for (const response of [onTask, onUpdate, onHabit]) {
      expect(response.errors?.[0]?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        fields: [expect.objectContaining({ field: "input.tagIds" })],
      });
    }
    expect(await tagsOfTask(intruder, task.id)).toEqual([]);
  });

  it("a user has at most 100 tags: the 101st is CONFLICT", async () => {
    const account = await signUpTestAccount(api);
    for (let index = 0; index < 100; index++) await tags.made(account, `Tag ${index}`);
    const response = await tags.create(account, { name: "One more" });
    expect(response.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect(response.errors?.[0]?.message).toMatch(/at most 100 tags/);
  });
});

describe("tags on tasks", () => {
  it("are given on create, replaced on update, and cleared with [] (null is BAD_USER_INPUT)", async () => {
    const [a, b, c] = [await tags.made(owner, "A"), await tags.made(owner, "B"), await tags.made(owner, "C")];
    const task = await created(tasks.create(owner, { title: "Tagged", tagIds: [b.id, a.id, a.id] }));
    expect(await tagsOfTask(owner, task.id)).toEqual(["A", "B"]);

    await tasks.update(owner, task.id, { tagIds: [c.id, b.id] });
    expect(await tagsOfTask(owner, task.id)).toEqual(["B", "C"]);
    await tasks.update(owner, task.id, { title: "Renamed" });
    expect(await tagsOfTask(owner, task.id)).toEqual(["B", "C"]);
    const history = (await tasks.get(owner, task.id)).data!.task as unknown as {
      history: { notes: string }[];
    };
    expect(history.history.map((entry) => entry.notes)).toContain("changed tagIds");

    expect((await tasks.update(owner, task.id, { tagIds: null })).errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [expect.objectContaining({ field: "input.tagIds" })],
    });
    await tasks.update(owner, task.id, { tagIds: [] });
    expect(await tagsOfTask(owner, task.id)).toEqual([]);
  });

  it("filter: tasks carrying all the given tags, paged by keyset with the right totalCount", async () => {
    const account = await signUpTestAccount(api);
    const [red, blue] = [await tags.made(account, "Red"), await tags.made(account, "Blue")];
    for (let index = 0; index < 5; index++) {
      await created(
        tasks.create(account, {
          title: `Both ${index}`,
          dueDate: new Date(Date.UTC(2030, 0, 1 + (index % 3))).toISOString(),
          tagIds: [red.id, blue.id],
        }),
      );
    }
    await created(tasks.create(account, { title: "Red only", tagIds: [red.id] }));
    await created(tasks.create(account, { title: "None" }));

    expect((await taggedWith(account, [red.id])).totalCount).toBe(6);
    expect((await taggedWith(account, [])).totalCount).toBe(7);
    const titles: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await taggedWith(account, [red.id, blue.id], 2, after);
      expect(page.totalCount).toBe(5);
      titles.push(...page.edges.map((edge) => edge.node.title));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor!;
    }
    expect(titles.sort()).toEqual(["Both 0", "Both 1", "Both 2", "Both 3", "Both 4"]);
  });

  it("a tag change on a task, or deleting a tag, changes the (cached) filtered counts at once", async () => {
    const account = await signUpTestAccount(api);
    const [red, blue] = [await tags.made(account, "Red"), await tags.made(account, "Blue")];
    const task = await created(tasks.create(account, { title: "T", tagIds: [red.id, blue.id] }));
    expect((await taggedWith(account, [red.id, blue.id])).totalCount).toBe(1);
    expect((await taggedWith(account, [red.id])).totalCount).toBe(1);

    await tasks.update(account, task.id, { tagIds: [red.id] });
    expect((await taggedWith(account, [red.id, blue.id])).totalCount).toBe(0);
    expect((await taggedWith(account, [red.id])).totalCount).toBe(1);

    expect((await tags.remove(account, red.id)).data!.deleteTag).toBe(true);
    expect((await taggedWith(account, [red.id])).totalCount).toBe(0);
    expect(await tagsOfTask(account, task.id)).toEqual([]);
    expect((await tags.remove(account, red.id)).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("a recurring task's next occurrence carries its tags", async () => {
    const tag = await tags.made(owner, "Weekly");
    const task = await created(
      tasks.create(owner, {
        title: "Water plants",
        dueDate: "2030-01-07T09:00:00Z",
        recurrence: { rrule: "FREQ=WEEKLY", timezone: "UTC" },
        tagIds: [tag.id],
      }),
    );
    await tasks.complete(owner, task.id);
    const next = await api.graphql<{
      tasks: { edges: { node: { id: string; tags: { name: string }[] } }[] };
    }>(
      `query { tasks(filter: { status: [PENDING], search: "Water plants" }) { edges { node { id tags { name } } } } }`,
      {},
      owner.accessToken,
    );
    expect(next.data!.tasks.edges.map((edge) => edge.node.tags.map((t) => t.name))).toEqual([["Weekly"]]);
  });
});

describe("tags on habits", () => {
  it("are given on create, replaced on update, and leave with their deleted tag", async () => {
    const [a, b] = [await tags.made(owner, "Morning"), await tags.made(owner, "Health")];
    const habits = habitClient(api);
    const habit = (await habits.create(owner, { title: "Stretch", frequencyType: "DAILY", tagIds: [a.id] }))
      .data!.createHabit;
    const tagsOfHabit = async () =>
      (
        await api.graphql<{ habit: { tags: { name: string }[] } }>(
          `query($id: ID!) { habit(id: $id) { tags { name } } }`,
          { id: habit.id },
          owner.accessToken,
        )
      ).data!.habit.tags.map((tag) => tag.name);
    expect(await tagsOfHabit()).toEqual(["Morning"]);
    await habits.update(owner, habit.id, { tagIds: [a.id, b.id] });
    expect(await tagsOfHabit()).toEqual(["Health", "Morning"]);
    await tags.remove(owner, b.id);
    expect(await tagsOfHabit()).toEqual(["Morning"]);
  });
});
