import "reflect-metadata";
import { OutboxEvent, TaskHistory } from "@momentum/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUpTestAccount, type TestAccount } from "../../testing/account-builder";
import { startTestApi, type TestApi } from "../../testing/test-api";

const CREATE_TASK = `mutation($input: CreateTaskInput!) { createTask(input: $input) { id title description dueDate priority status completedAt createdAt } }`;
const COMPLETE_TASK = `mutation($id: ID!) { completeTask(id: $id) { id status completedAt } }`;

interface TaskResult {
  id: string;
  title: string;
  priority: string;
  status: string;
  dueDate: string | null;
  completedAt: string | null;
}

let api: TestApi;
let owner: TestAccount;
beforeAll(async () => {
  api = await startTestApi();
  owner = await signUpTestAccount(api);
});
afterAll(() => api?.stop());

async function createTask(account: TestAccount, input: Record<string, unknown>) {
  return api.graphql<{ createTask: TaskResult }>(CREATE_TASK, { input }, account.accessToken);
}

describe("creating a task", () => {
  it("stores a trimmed title, the priority and due date, pending, with a history line and a task.created event", async () => {
    const response = await createTask(owner, {
      title: "  Write the report  ",
      priority: "HIGH",
      dueDate: "2026-12-01T09:00:00+01:00",
    });
    expect(response.errors).toBeUndefined();
    const task = response.data!.createTask;
    expect(task).toMatchObject({
      title: "Write the report",
      priority: "HIGH",
      status: "PENDING",
      completedAt: null,
    });
    expect(task.dueDate).toBe("2026-12-01T08:00:00.000Z");

    const em = api.deps.orm.em.fork();
    expect(await em.count(TaskHistory, { task: task.id, action: "created" })).toBe(1);
    const events = await em.find(OutboxEvent, { aggregateId: task.id });
    expect(events.map((event) => event.eventType)).toEqual(["task.created"]);
    expect(events[0]!.payload).toMatchObject({ title: "Write the report", priority: "high" });
  });

  it.each([
    ["an empty title", { title: "   " }, "input.title"],
    ["a title over 255 characters", { title: "x".repeat(256) }, "input.title"],
    [
      "a description over 10,000 characters",
      { title: "ok", description: "x".repeat(10_001) },
      "input.description",
    ],
    [
      "another user's parent task",
      { title: "ok", parentTaskId: "5b0e8a52-1b7c-4a53-9d2e-0c8f4f4e2a11" },
      "input.parentTaskId",
    ],
  ])("refuses %s as BAD_USER_INPUT naming the field", async (_case, input, field) => {
    const response = await createTask(owner, input);
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [expect.objectContaining({ field })],
    });
  });

  it("refuses an unknown priority before any resolver runs", async () => {
    const response = await createTask(owner, { title: "ok", priority: "VERY_HIGH" });
    expect(response.errors?.[0]?.extensions.code).toBe("BAD_USER_INPUT");
  });
});

describe("completing a task", () => {
  it("sets the status and completion time once, records history and a task.completed event; repeating it changes nothing", async () => {
    const { id } = (await createTask(owner, { title: "Finish" })).data!.createTask;
    const first = await api.graphql<{ completeTask: TaskResult }>(COMPLETE_TASK, { id }, owner.accessToken);
    expect(first.data!.completeTask.status).toBe("COMPLETED");
    expect(first.data!.completeTask.completedAt).not.toBeNull();

    const second = await api.graphql<{ completeTask: TaskResult }>(COMPLETE_TASK, { id }, owner.accessToken);
    expect(second.data!.completeTask.completedAt).toBe(first.data!.completeTask.completedAt);

    const em = api.deps.orm.em.fork();
    expect(await em.count(OutboxEvent, { aggregateId: id, eventType: "task.completed" })).toBe(1);
    expect(
      await em.count(TaskHistory, {
        task: id,
        action: "completed",
        oldStatus: "pending",
        newStatus: "completed",
      }),
    ).toBe(1);
  });

  it("answers NOT_FOUND for another user's task and for a malformed id, and leaves the task alone", async () => {
    const { id } = (await createTask(owner, { title: "Mine" })).data!.createTask;
    const intruder = await signUpTestAccount(api);
    for (const taskId of [id, "not-a-uuid"]) {
      const response = await api.graphql(COMPLETE_TASK, { id: taskId }, intruder.accessToken);
      expect(response.errors?.[0]?.extensions.code).toBe("NOT_FOUND");
    }
    const em = api.deps.orm.em.fork();
    expect(await em.count(OutboxEvent, { aggregateId: id, eventType: "task.completed" })).toBe(0);
  });
});
