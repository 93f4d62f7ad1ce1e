import "reflect-metadata";
import { OutboxEvent, Task } from "@momentum/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUpTestAccount, type TestAccount } from "../../testing/account-builder";
import { startTestApi, type TestApi } from "../../testing/test-api";
import { refusalOf } from "../goals/goal-test-client";
import { created, taskClient } from "./task-test-builder";

// 22:00 on 10 January 2030 in Tokyo.
const NOW = "2030-01-10T13:00:00Z";

let api: TestApi;
let owner: TestAccount;
let tasks: ReturnType<typeof taskClient>;
beforeAll(async () => {
  api = await startTestApi({ now: NOW });
  tasks = taskClient(api);
  owner = await signUpTestAccount(api, { timezone: "Asia/Tokyo" });
});
afterAll(() => api?.stop());

const occurrencesOf = (title: string) =>
  api.deps.orm.em
    .fork()
    .find(Task, { user: owner.userId, title, isDeleted: false }, { orderBy: { createdAt: "asc" } });

const SKIP = `mutation($id: ID!) { skipTaskOccurrence(id: $id) { id status dueDate dueOn startOn reminderTime completedAt history { action notes } } }`;
const skip = (id: string) =>
  api.graphql<{
    skipTaskOccurrence: {
      id: string;
      status: string;
      dueDate: string | null;
      dueOn: string | null;
      startOn: string | null;
      reminderTime: string | null;
      completedAt: string | null;
      history: { action: string; notes: string | null }[];
    };
  }>(SKIP, { id }, owner.accessToken);

const ANCHOR = `query($id: ID!) { task(id: $id) { recurrence { anchor nextOccurrence } } }`;

describe("repeating from the completion", () => {
  it("every 3 days after I did it: completing on the 10th at 22:00 Tokyo time gives the 13th at 09:00 there", async () => {
    const task = await created(
      tasks.create(owner, {
        title: "Water the plants",
        dueDate: "2030-01-05T00:00:00Z", // 09:00 in Tokyo, five days ago
        recurrence: { rrule: "FREQ=DAILY;INTERVAL=3", anchor: "COMPLETION" },
      }),
    );
    const read = await api.graphql<{ task: { recurrence: { anchor: string; nextOccurrence: string } } }>(
      ANCHOR,
      { id: task.id },
      owner.accessToken,
    );
    expect(read.data!.task.recurrence).toEqual({
      anchor: "COMPLETION",
      nextOccurrence: "2030-01-13T00:00:00.000Z",
    });
    await tasks.complete(owner, task.id);
    const [, next] = await occurrencesOf("Water the plants");
    expect(next).toMatchObject({
      status: "pending",
      dueDate: new Date("2030-01-13T00:00:00Z"),
      recurrenceRule: { anchor: "COMPLETION", timezone: "Asia/Tokyo" },
    });
  });

  it("a rule sent without an anchor counts from the due date (the contract's default, DUE)", async () => {
    const task = await created(
      tasks.create(owner, {
        title: "Report",
        dueDate: "2030-01-12T00:00:00Z",
        recurrence: { rrule: "FREQ=DAILY;INTERVAL=3" },
      }),
    );
    const read = await api.graphql<{ task: { recurrence: { anchor: string; nextOccurrence: string } } }>(
      ANCHOR,
      { id: task.id },
      owner.accessToken,
    );
    expect(read.data!.task.recurrence).toEqual({ anchor: "DUE", nextOccurrence: "2030-01-15T00:00:00.000Z" });
  });

  it("an all-day series advances by dates, and BYMONTHDAY=-1 is the last day of each month", async () => {
    const task = await created(
      tasks.create(owner, {
        title: "Pay rent",
        dueOn: "2030-01-31",
        recurrence: { rrule: "FREQ=MONTHLY;BYMONTHDAY=-1" },
      }),
    );
    await tasks.complete(owner, task.id);
    const [, next] = await occurrencesOf("Pay rent");
    expect(next).toMatchObject({ dueOn: "2030-02-28", dueDate: null });
  });
});

describe("skipping an occurrence", () => {
  it("moves the task to its next occurrence without completing it, recorded in its history", async () => {
    const task = await created(
      tasks.create(owner, {
        title: "Gym",
        dueDate: "2030-01-14T00:00:00Z", // Monday 09:00 in Tokyo
        reminderTime: "2030-01-13T23:45:00Z",
        recurrence: { rrule: "FREQ=WEEKLY;BYDAY=MO" },
      }),
    );
    const subtask = await created(
      tasks.create(owner, { title: "Pack the bag", parentTaskId: task.id, dueDate: "2030-01-13T23:00:00Z" }),
    );
    const { data, errors } = await skip(task.id);
    expect(errors).toBeUndefined();
    expect(data!.skipTaskOccurrence).toMatchObject({
      id: task.id,
      status: "PENDING",
      completedAt: null,
      dueDate: "2030-01-21T00:00:00.000Z",
      reminderTime: "2030-01-20T23:45:00.000Z",
    });
    expect(data!.skipTaskOccurrence.history[0]).toEqual({
      action: "skipped",
      notes: "skipped the occurrence due 2030-01-14T00:00:00.000Z; next due 2030-01-21T00:00:00.000Z",
    });
    expect(await occurrencesOf("Gym")).toHaveLength(1);
    // Its open subtask moves with it.
    expect((await tasks.get(owner, subtask.id)).data!.task.dueDate).toBe("2030-01-20T23:00:00.000Z");

    // Not a completion: no task.completed, so no points, achievements or goal progress react to it.
    const events = await api.deps.orm.em
      .fork()
      .find(OutboxEvent, { userId: owner.userId }, { orderBy: { position: "asc" } });
    const aboutGym = events.filter((event) => event.aggregateId === task.id).map((event) => event.eventType);
    expect(aboutGym).toEqual(["task.created", "task.updated"]);
    expect(
      events.filter((event) => event.aggregateId === subtask.id).map((event) => event.eventType),
    ).toEqual(["task.created", "task.updated"]);
    expect(
      events.find((event) => event.aggregateId === task.id && event.eventType === "task.updated")!.payload,
    ).toMatchObject({ changedFields: ["dueDate", "reminderTime"], dueDate: "2030-01-21T00:00:00.000Z" });
  });

  it("skips an all-day occurrence by dates, its start date following, and BYMONTHDAY=31 skips months without a 31st", async () => {
    const task = await created(
      tasks.create(owner, {
        title: "Backup",
        dueOn: "2030-01-31",
        startOn: "2030-01-29",
        recurrence: { rrule: "FREQ=MONTHLY;BYMONTHDAY=31" },
      }),
    );
    const { data } = await skip(task.id);
    expect(data!.skipTaskOccurrence).toMatchObject({
      dueOn: "2030-03-31",
      startOn: "2030-03-29",
      dueDate: null,
    });
  });

  it("refuses a task that does not recur, a closed one, and one whose series has ended, as BAD_USER_INPUT naming the id", async () => {
    const plain = await created(tasks.create(owner, { title: "Once", dueDate: "2030-01-20T00:00:00Z" }));
    expect(await refusalOf(skip(plain.id))).toEqual({ code: "BAD_USER_INPUT", fields: ["id"] });

    const done = await created(
      tasks.create(owner, {
        title: "Done",
        dueDate: "2030-01-20T00:00:00Z",
        recurrence: { rrule: "FREQ=DAILY" },
      }),
    );
    await tasks.complete(owner, done.id);
    expect(await refusalOf(skip(done.id))).toEqual({ code: "BAD_USER_INPUT", fields: ["id"] });

    const last = await created(
      tasks.create(owner, {
        title: "Last",
        dueDate: "2030-01-20T00:00:00Z",
        recurrence: { rrule: "FREQ=DAILY;COUNT=1" },
      }),
    );
    expect(await refusalOf(skip(last.id))).toEqual({ code: "BAD_USER_INPUT", fields: ["id"] });
  });
});
