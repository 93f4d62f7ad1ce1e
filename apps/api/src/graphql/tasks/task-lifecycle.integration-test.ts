import "reflect-metadata";
import { OutboxEvent, Task, TaskHistory } from "@momentum/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUpTestAccount, type TestAccount } from "../../testing/account-builder";
import { startTestApi, type TestApi } from "../../testing/test-api";
import { created, taskClient } from "./task-test-builder";

let api: TestApi;
let owner: TestAccount;
let intruder: TestAccount;
let tasks: ReturnType<typeof taskClient>;
beforeAll(async () => {
  api = await startTestApi();
  tasks = taskClient(api);
  [owner, intruder] = await Promise.all([signUpTestAccount(api), signUpTestAccount(api)]);
});
afterAll(() => api?.stop());

const eventsOf = async (taskId: string) =>
  (
    await api.deps.orm.em
      .fork()
      .find(OutboxEvent, { aggregateId: taskId }, { orderBy: { occurredAt: "asc", position: "asc" } })
  ).map((e) => e.eventType);

describe("updating a task", () => {
  it("changes only the given fields, clears fields set to null, and records what changed", async () => {
    const task = await created(
      tasks.create(owner, {
        title: "Draft",
        description: "old",
        dueDate: "2030-01-01T10:00:00Z",
        priority: "LOW",
      }),
    );
    const response = await tasks.update(owner, task.id, {
      title: " Final ",
      description: null,
      priority: "URGENT",
    });
    expect(response.errors).toBeUndefined();
    expect(response.data!.updateTask).toMatchObject({
      title: "Final",
      description: null,
      priority: "URGENT",
      dueDate: "2030-01-01T10:00:00.000Z",
    });

    const history = (await tasks.get(owner, task.id)).data!.task as unknown as {
      history: { action: string; notes: string }[];
    };
    expect(history.history[0]).toMatchObject({
      action: "updated",
      notes: "changed title, description, priority",
    });
    const event = await api.deps.orm.em
      .fork()
      .findOneOrFail(OutboxEvent, { aggregateId: task.id, eventType: "task.updated" });
    expect(event.payload).toMatchObject({
      changedFields: ["title", "description", "priority"],
      priority: "urgent",
    });
  });

  it("an update that changes nothing leaves no history line and no event", async () => {
    const task = await created(tasks.create(owner, { title: "Same" }));
    await tasks.update(owner, task.id, { title: "Same" });
    expect(await eventsOf(task.id)).toEqual(["task.created"]);
  });

  it.each([
    ["a null title", { title: null }, "input.title"],
    ["an empty title", { title: "  " }, "input.title"],
    ["a long description", { description: "x".repeat(10_001) }, "input.description"],
    [
      "a category that does not exist",
      { categoryId: "5b0e8a52-1b7c-4a53-9d2e-0c8f4f4e2a11" },
      "input.categoryId",
    ],
    ["a malformed category id", { categoryId: "nope" }, "input.categoryId"],
    [
      "an invalid rule",
      { dueDate: "2030-01-01T10:00:00Z", recurrence: { rrule: "FREQ=SOMETIMES" } },
      "input.recurrence.rrule",
    ],
    [
      "an unknown zone",
      { dueDate: "2030-01-01T10:00:00Z", recurrence: { rrule: "FREQ=DAILY", timezone: "Mars/Olympus" } },
      "input.recurrence.timezone",
    ],
    ["a rule without a due date", { recurrence: { rrule: "FREQ=DAILY" } }, "input.dueDate"],
  ])("refuses %s as BAD_USER_INPUT naming the field", async (_case, input, field) => {
    const task = await created(tasks.create(owner, { title: "Valid" }));
    const response = await tasks.update(owner, task.id, input);
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [expect.objectContaining({ field })],
    });
  });
});

describe("status changes", () => {
  it("completing sets completedAt, reopening clears it, each with its history line and event", async () => {
    const task = await created(tasks.create(owner, { title: "Cycle" }));
    const completed = (await tasks.complete(owner, task.id)).data!.completeTask;
    expect(completed.completedAt).not.toBeNull();
    const reopened = (await tasks.reopen(owner, task.id)).data!.reopenTask;
    expect(reopened).toMatchObject({ status: "PENDING", completedAt: null });
    const again = (await tasks.reopen(owner, task.id)).data!.reopenTask;
    expect(again.status).toBe("PENDING");

    const history = await api.deps.orm.em
      .fork()
      .find(TaskHistory, { task: task.id }, { orderBy: { createdAt: "asc", id: "asc" } });
    expect(history.map((h) => [h.action, h.oldStatus, h.newStatus])).toEqual([
      ["created", null, "pending"],
      ["completed", "pending", "completed"],
      ["reopened", "completed", "pending"],
    ]);
    expect(await eventsOf(task.id)).toEqual(["task.created", "task.completed", "task.reopened"]);
  });

  it.each([
    ["IN_PROGRESS", null, "task.updated"],
    ["CANCELLED", null, "task.updated"],
    ["COMPLETED", "set", "task.completed"],
  ])("updateTask to %s keeps completedAt consistent", async (status, completedAt, eventType) => {
    const task = await created(tasks.create(owner, { title: `To ${status}` }));
    const updated = (await tasks.update(owner, task.id, { status })).data!.updateTask;
    expect(updated.status).toBe(status);
    expect(updated.completedAt === null ? null : "set").toBe(completedAt);
    expect(await eventsOf(task.id)).toEqual(["task.created", eventType]);
  });

  it("a cancelled task reopens as pending", async () => {
    const task = await created(tasks.create(owner, { title: "Cancel me" }));
    await tasks.update(owner, task.id, { status: "CANCELLED" });
    expect((await tasks.reopen(owner, task.id)).data!.reopenTask.status).toBe("PENDING");
  });
});

describe("subtasks", () => {
  it("a subtask shows under its parent, and completing the parent leaves it open", async () => {
    const parent = await created(tasks.create(owner, { title: "Parent" }));
    const child = await created(tasks.create(owner, { title: "Child", parentTaskId: parent.id }));
    expect(child.parentTask).toEqual({ id: parent.id });
    const completed = (await tasks.complete(owner, parent.id)).data!.completeTask;
    expect(completed.subtasks).toEqual([{ id: child.id, title: "Child", status: "PENDING" }]);
  });

  it("nests at most five levels, on creation and on moving a subtree", async () => {
    let parentTaskId: string | undefined;
    const chain: string[] = [];
    for (let level = 1; level <= 5; level++) {
      const task = await created(tasks.create(owner, { title: `Level ${level}`, parentTaskId }));
      chain.push(task.id);
      parentTaskId = task.id;
    }
    const sixth = await tasks.create(owner, { title: "Level 6", parentTaskId });
    expect(sixth.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [{ field: "input.parentTaskId", message: "subtasks nest at most 5 levels" }],
    });

    const top = await created(tasks.create(owner, { title: "Other top" }));
    await created(tasks.create(owner, { title: "Its child", parentTaskId: top.id }));
    const moved = await tasks.update(owner, top.id, { parentTaskId: chain[3] });
    expect(moved.errors?.[0]?.extensions.code).toBe("BAD_USER_INPUT");
    expect((await tasks.update(owner, top.id, { parentTaskId: chain[2] })).errors).toBeUndefined();
  });

  it("refuses a cycle: a task under itself or under its own subtask", async () => {
    const a = await created(tasks.create(owner, { title: "A" }));
    const b = await created(tasks.create(owner, { title: "B", parentTaskId: a.id }));
    for (const parentTaskId of [a.id, b.id]) {
      const response = await tasks.update(owner, a.id, { parentTaskId });
      expect(response.errors?.[0]?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        fields: [expect.objectContaining({ field: "input.parentTaskId" })],
      });
    }
    expect((await tasks.update(owner, b.id, { parentTaskId: null })).data!.updateTask.parentTask).toBeNull();
  });

  it("refuses another user's task as parent", async () => {
    const theirs = await created(tasks.create(intruder, { title: "Theirs" }));
    const response = await tasks.create(owner, { title: "Mine", parentTaskId: theirs.id });
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [{ field: "input.parentTaskId", message: "no such task" }],
    });
  });
});

describe("deleting a task", () => {
  it("soft-deletes it with all its subtasks, each with history and a task.deleted event", async () => {
    const parent = await created(tasks.create(owner, { title: "Gone" }));
    const child = await created(tasks.create(owner, { title: "Gone child", parentTaskId: parent.id }));
    const grandchild = await created(
      tasks.create(owner, { title: "Gone grandchild", parentTaskId: child.id }),
    );
    expect((await tasks.remove(owner, parent.id)).data!.deleteTask).toBe(true);

    for (const id of [parent.id, child.id, grandchild.id]) {
      expect((await tasks.get(owner, id)).errors?.[0]?.extensions.code).toBe("NOT_FOUND");
      expect(await eventsOf(id)).toContain("task.deleted");
    }
    const em = api.deps.orm.em.fork();
    expect(await em.count(Task, { id: [parent.id, child.id, grandchild.id], isDeleted: true })).toBe(3);
    expect(
      await em.count(TaskHistory, { task: [parent.id, child.id, grandchild.id], action: "deleted" }),
    ).toBe(3);
    expect((await tasks.remove(owner, parent.id)).errors?.[0]?.extensions.code).toBe("NOT_FOUND");
  });
});

describe("another user's task", () => {
  it.each([
    ["task", (id: string) => tasks.get(intruder, id)],
    ["updateTask", (id: string) => tasks.update(intruder, id, { title: "Mine now" })],
    ["completeTask", (id: string) => tasks.complete(intruder, id)],
    ["reopenTask", (id: string) => tasks.reopen(intruder, id)],
    ["deleteTask", (id: string) => tasks.remove(intruder, id)],
  ])("%s answers NOT_FOUND, for a malformed id too, and changes nothing", async (_operation, operate) => {
    const task = await created(tasks.create(owner, { title: "Private" }));
    for (const id of [task.id, "not-a-uuid"]) {
      expect((await operate(id)).errors?.[0]?.extensions.code).toBe("NOT_FOUND");
    }
    expect(await eventsOf(task.id)).toEqual(["task.created"]);
  });
});
