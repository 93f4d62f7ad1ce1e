import "reflect-metadata";
import { Task } from "@momentum/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUpTestAccount, type TestAccount } from "../../testing/account-builder";
import { startTestApi, type TestApi } from "../../testing/test-api";
import { created, taskClient } from "./task-test-builder";

// Before every due date below: "never schedules into the past" is measured from here, not from the run.
const NOW = "2029-12-01T12:00:00Z";

let api: TestApi;
let owner: TestAccount;
let tasks: ReturnType<typeof taskClient>;
beforeAll(async () => {
  api = await startTestApi({ now: NOW });
  tasks = taskClient(api);
  owner = await signUpTestAccount(api, { timezone: "America/New_York" });
});
afterAll(() => api?.stop());

const occurrencesOf = (title: string) =>
  api.deps.orm.em
    .fork()
    .find(
      Task,
      { user: owner.userId, title, isDeleted: false },
      { orderBy: { dueDate: "asc" }, populate: ["subtasks"] },
    );

describe("completing a recurring task", () => {
  it("creates the next occurrence at 09:00 Berlin across the DST change, carrying the task, its reminder offset and open subtasks", async () => {
    const category = await api.graphql<{ createCategory: { id: string } }>(
      `mutation { createCategory(input: { name: "Weekly", color: "#123456", type: TASK }) { id } }`,
      {},
      owner.accessToken,
    );
    const weekly = await created(
      tasks.create(owner, {
        title: "Team sync",
        description: "notes",
        priority: "HIGH",
        categoryId: category.data!.createCategory.id,
        dueDate: "2030-03-25T08:00:00Z",
        reminderTime: "2030-03-25T07:45:00Z",
        recurrence: { rrule: "FREQ=WEEKLY;BYDAY=MO", timezone: "Europe/Berlin" },
      }),
    );
    expect(weekly.recurrence).toEqual({
      rrule: "FREQ=WEEKLY;BYDAY=MO",
      timezone: "Europe/Berlin",
      nextOccurrence: "2030-04-01T07:00:00.000Z",
    });
    const open = await created(tasks.create(owner, { title: "Agenda", parentTaskId: weekly.id }));
    const done = await created(tasks.create(owner, { title: "Book room", parentTaskId: weekly.id }));
    await tasks.complete(owner, done.id);

    await tasks.complete(owner, weekly.id);
    const [first, second] = await occurrencesOf("Team sync");
    expect(first!.id).toBe(weekly.id);
    expect(second).toMatchObject({
      status: "pending",
      description: "notes",
      priority: 3,
      dueDate: new Date("2030-04-01T07:00:00Z"),
      reminderTime: new Date("2030-04-01T06:45:00Z"),
      recurrenceRule: { rrule: "FREQ=WEEKLY;BYDAY=MO", timezone: "Europe/Berlin" },
      metadata: { seriesId: weekly.id, seriesStart: "2030-03-25T08:00:00.000Z" },
    });
    expect(second!.category?.id).toBe(category.data!.createCategory.id);
    expect(second!.subtasks.getItems().map((subtask) => [subtask.title, subtask.status])).toEqual([
      ["Agenda", "pending"],
    ]);
    // The completed occurrence keeps its own open subtask: completing a parent completes nothing below it.
    expect((await tasks.get(owner, open.id)).data!.task.status).toBe("PENDING");
  });

  it("completing the same occurrence again after reopening adds no second next occurrence", async () => {
    const daily = await created(
      tasks.create(owner, {
        title: "Stretch",
        dueDate: "2030-06-01T12:00:00Z",
        recurrence: { rrule: "FREQ=DAILY" },
      }),
    );
    await tasks.complete(owner, daily.id);
    await tasks.reopen(owner, daily.id);
    await tasks.complete(owner, daily.id);
    expect((await occurrencesOf("Stretch")).map((task) => task.dueDate?.toISOString())).toEqual([
      "2030-06-01T12:00:00.000Z",
      "2030-06-02T12:00:00.000Z",
    ]);
  });

  it("a rule without a zone follows the user's zone", async () => {
    const task = await created(
      tasks.create(owner, {
        title: "Zone default",
        dueDate: "2030-03-09T14:00:00Z",
        recurrence: { rrule: "FREQ=DAILY" },
      }),
    );
    // 09:00 New York, before and after its 2030-03-10 change
    expect(task.recurrence).toEqual({
      rrule: "FREQ=DAILY",
      timezone: "America/New_York",
      nextOccurrence: "2030-03-10T13:00:00.000Z",
    });
  });

  it("an overdue recurring task's next occurrence skips the missed ones and lies in the future", async () => {
    const late = await created(
      tasks.create(owner, {
        title: "Late",
        dueDate: "2020-01-06T14:00:00Z",
        recurrence: { rrule: "FREQ=WEEKLY" },
      }),
    );
    await tasks.complete(owner, late.id);
    const [, next] = await occurrencesOf("Late");
    const now = api.clock.now().getTime();
    expect(next!.dueDate!.getTime()).toBeGreaterThan(now);
    expect(next!.dueDate!.getTime() - now).toBeLessThanOrEqual(7 * 24 * 60 * 60 * 1000);
  });

  it("COUNT ends the series: the last occurrence has no next one", async () => {
    const twice = await created(
      tasks.create(owner, {
        title: "Twice",
        dueDate: "2030-01-01T10:00:00Z",
        recurrence: { rrule: "FREQ=DAILY;COUNT=2" },
      }),
    );
    await tasks.complete(owner, twice.id);
    const [, second] = await occurrencesOf("Twice");
    expect((await tasks.get(owner, second!.id)).data!.task.recurrence?.nextOccurrence).toBeNull();
    await tasks.complete(owner, second!.id);
    expect(await occurrencesOf("Twice")).toHaveLength(2);
    const history = (await tasks.get(owner, second!.id)).data!.task as unknown as {
      history: { action: string; notes: string | null }[];
    };
    // History is newest first.
    expect(history.history[0]).toEqual({
      action: "completed",
      oldStatus: "PENDING",
      newStatus: "COMPLETED",
      notes: "the series has ended",
    });
  });

  it.each([
    ["an invalid rule", { rrule: "FREQ=WEEKLY;BYDAY=XX" }, "input.recurrence.rrule"],
    ["an invalid zone", { rrule: "FREQ=WEEKLY", timezone: "Europe/Atlantis" }, "input.recurrence.timezone"],
  ])("refuses %s on creation as BAD_USER_INPUT", async (_case, recurrence, field) => {
    const response = await tasks.create(owner, {
      title: "Bad rule",
      dueDate: "2030-01-01T10:00:00Z",
      recurrence,
    });
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [expect.objectContaining({ field })],
    });
  });
});
