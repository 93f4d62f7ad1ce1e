import "reflect-metadata";
import { Task } from "@momentum/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUpTestAccount, type TestAccount } from "../../testing/account-builder";
import { countSqlStatements } from "../../testing/sql-statement-counter";
import { dataOf } from "../../testing/graphql-data";
import { startTestApi, type TestApi } from "../../testing/test-api";

const NOW = "2030-01-01T12:00:00Z";
const FIELDS = `id dueDate reminderTime reminders { id at minutesBefore nextFireAt }`;

interface RemindedTask {
  id: string;
  dueDate: string | null;
  reminderTime: string | null;
  reminders: { id: string; at: string | null; minutesBefore: number | null; nextFireAt: string | null }[];
}

let api: TestApi;
let owner: TestAccount;
beforeAll(async () => {
  api = await startTestApi({ now: NOW });
  owner = await signUpTestAccount(api, { timezone: "Asia/Tokyo" });
});
afterAll(() => api?.stop());

const create = (input: Record<string, unknown>, account = owner) =>
  api.graphql<{ createTask: RemindedTask }>(
    `mutation($input: CreateTaskInput!) { createTask(input: $input) { ${FIELDS} } }`,
    { input },
    account.accessToken,
  );
const update = (id: string, input: Record<string, unknown>) =>
  api.graphql<{ updateTask: RemindedTask }>(
    `mutation($id: ID!, $input: UpdateTaskInput!) { updateTask(id: $id, input: $input) { ${FIELDS} } }`,
    { id, input },
    owner.accessToken,
  );
const brief = (task: RemindedTask) => task.reminders.map(({ id: _, ...reminder }) => reminder);

describe("a task's reminder list", () => {
  it("holds fixed and relative reminders in the order given; reminderTime is the earliest", async () => {
    const { createTask: task } = await dataOf(
      create({
        title: "Dentist",
        dueDate: "2030-01-10T09:00:00Z",
        reminders: [{ minutesBefore: 60 }, { at: "2030-01-09T20:00:00Z" }],
      }),
    );
    expect(brief(task)).toEqual([
      { at: null, minutesBefore: 60, nextFireAt: "2030-01-10T08:00:00.000Z" },
      { at: "2030-01-09T20:00:00.000Z", minutesBefore: null, nextFireAt: "2030-01-09T20:00:00.000Z" },
    ]);
    expect(task.reminderTime).toBe("2030-01-09T20:00:00.000Z");
  });

  it("moves a relative reminder with the due date, and leaves it unable to fire without one", async () => {
    const { createTask: task } = await dataOf(
      create({ title: "Call", dueDate: "2030-01-10T09:00:00Z", reminders: [{ minutesBefore: 15 }] }),
    );
    const moved = (await dataOf(update(task.id, { dueDate: "2030-01-11T09:00:00Z" }))).updateTask;
    expect(moved.reminders[0]).toEqual({ ...task.reminders[0], nextFireAt: "2030-01-11T08:45:00.000Z" });
    expect(moved.reminderTime).toBe("2030-01-11T08:45:00.000Z");

    const undated = (await dataOf(update(task.id, { dueDate: null }))).updateTask;
    expect(brief(undated)).toEqual([{ at: null, minutesBefore: 15, nextFireAt: null }]);
    expect(undated.reminderTime).toBeNull();
  });

  it("treats reminderTime as a one-item list, and reminders: [] as none", async () => {
    const { createTask: task } = await dataOf(
      create({ title: "Pay rent", reminderTime: "2030-01-05T00:00:00Z" }),
    );
    expect(brief(task)).toEqual([
      { at: "2030-01-05T00:00:00.000Z", minutesBefore: null, nextFireAt: "2030-01-05T00:00:00.000Z" },
    ]);
    const replaced = (await dataOf(update(task.id, { reminderTime: "2030-01-06T00:00:00Z" }))).updateTask;
    expect(brief(replaced)).toEqual([
      { at: "2030-01-06T00:00:00.000Z", minutesBefore: null, nextFireAt: "2030-01-06T00:00:00.000Z" },
    ]);
    const cleared = (await dataOf(update(task.id, { reminders: [] }))).updateTask;
    expect(cleared.reminders).toEqual([]);
    expect(cleared.reminderTime).toBeNull();
  });

  it("keeps a reminder's id when the list is saved again with it", async () => {
    const { createTask: task } = await dataOf(
      create({ title: "Gym", dueDate: "2030-01-10T09:00:00Z", reminders: [{ minutesBefore: 30 }] }),
    );
    const saved = (
      await dataOf(update(task.id, { reminders: [{ at: "2030-01-09T00:00:00Z" }, { minutesBefore: 30 }] }))
    ).updateTask;
    expect(saved.reminders[1]!.id).toBe(task.reminders[0]!.id);
  });

  it("re-arms the reminders of a recurring task for its next occurrence", async () => {
    const { createTask: task } = await dataOf(
      create({
        title: "Water plants",
        dueDate: "2030-01-10T09:00:00Z",
        recurrence: { rrule: "FREQ=DAILY", timezone: "Asia/Tokyo" },
        reminders: [{ minutesBefore: 10 }, { at: "2030-01-10T06:00:00Z" }],
      }),
    );
    await dataOf(update(task.id, { status: "COMPLETED" }));
    const next = await api.deps.orm.em
      .fork()
      .findOneOrFail(Task, { user: owner.userId, title: "Water plants", id: { $ne: task.id } });
    const read = await dataOf(
      api.graphql<{ task: RemindedTask }>(
        `query($id: ID!) { task(id: $id) { ${FIELDS} } }`,
        { id: next.id },
        owner.accessToken,
      ),
    );
    expect(read.task.dueDate).toBe("2030-01-11T09:00:00.000Z");
    expect(brief(read.task)).toEqual([
      { at: null, minutesBefore: 10, nextFireAt: "2030-01-11T08:50:00.000Z" },
      { at: "2030-01-11T06:00:00.000Z", minutesBefore: null, nextFireAt: "2030-01-11T06:00:00.000Z" },
    ]);
    // The completed occurrence reminds of nothing any more.
    const done = await dataOf(
      api.graphql<{ task: RemindedTask }>(
        `query($id: ID!) { task(id: $id) { ${FIELDS} } }`,
        { id: task.id },
        owner.accessToken,
      ),
    );
    expect(done.task.reminders.map((reminder) => reminder.nextFireAt)).toEqual([null, null]);
  });

  it("counts minutesBefore of an all-day task from the start of its day in the user's zone", async () => {
    const { createTask: task } = await dataOf(
      create({ title: "Passport", dueOn: "2030-01-10", reminders: [{ minutesBefore: 60 }] }),
    );
    // Midnight of 10 January in Tokyo is 15:00Z the day before.
    expect(brief(task)).toEqual([{ at: null, minutesBefore: 60, nextFireAt: "2030-01-09T14:00:00.000Z" }]);
  });

  it("moves the reminders with a skipped occurrence", async () => {
    const { createTask: task } = await dataOf(
      create({
        title: "Stretch",
        dueDate: "2030-01-10T09:00:00Z",
        recurrence: { rrule: "FREQ=DAILY", timezone: "Asia/Tokyo" },
        reminders: [{ minutesBefore: 10 }, { at: "2030-01-10T06:00:00Z" }],
      }),
    );
    const skipped = await dataOf(
      api.graphql<{ skipTaskOccurrence: RemindedTask }>(
        `mutation($id: ID!) { skipTaskOccurrence(id: $id) { ${FIELDS} } }`,
        { id: task.id },
        owner.accessToken,
      ),
    );
    expect(brief(skipped.skipTaskOccurrence)).toEqual([
      { at: null, minutesBefore: 10, nextFireAt: "2030-01-11T08:50:00.000Z" },
      { at: "2030-01-11T06:00:00.000Z", minutesBefore: null, nextFireAt: "2030-01-11T06:00:00.000Z" },
    ]);
    expect(skipped.skipTaskOccurrence.reminderTime).toBe("2030-01-11T06:00:00.000Z");
  });

  it.each([
    [
      "both at and minutesBefore",
      { reminders: [{ at: "2030-01-09T00:00:00Z", minutesBefore: 5 }] },
      "input.reminders.0",
    ],
    ["neither at nor minutesBefore", { reminders: [{}] }, "input.reminders.0"],
    [
      "a negative minutesBefore",
      { dueDate: "2030-01-10T09:00:00Z", reminders: [{ minutesBefore: -5 }] },
      "input.reminders.0.minutesBefore",
    ],
    [
      "minutesBefore without a due date",
      { reminders: [{ minutesBefore: 5 }] },
      "input.reminders.0.minutesBefore",
    ],
    [
      "the same reminder twice",
      { reminders: [{ at: "2030-01-09T00:00:00Z" }, { at: "2030-01-09T00:00:00Z" }] },
      "input.reminders.1",
    ],
    [
      "more than 10 reminders",
      {
        dueDate: "2030-01-10T09:00:00Z",
        reminders: Array.from({ length: 11 }, (_, minutes) => ({ minutesBefore: minutes })),
      },
      "input.reminders",
    ],
    [
      "reminderTime with reminders",
      { reminderTime: "2030-01-09T00:00:00Z", reminders: [] },
      "input.reminderTime",
    ],
  ])("refuses %s as BAD_USER_INPUT naming the field", async (_case, input, field) => {
    const response = await create({ title: "Bad", ...input });
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [expect.objectContaining({ field })],
    });
  });

  it("reads the reminders of a page of tasks in one query, however many tasks", async () => {
    const account = await signUpTestAccount(api);
    const page = async () => {
      const { count, result } = await countSqlStatements(api, () =>
        api.graphql(
          `query { tasks(first: 50) { edges { node { reminders { id } } } } }`,
          {},
          account.accessToken,
        ),
      );
      expect(result.errors).toBeUndefined();
      return count;
    };
    await dataOf(create({ title: "One", reminders: [{ at: "2030-01-09T00:00:00Z" }] }, account));
    const few = await page();
    for (const index of [1, 2, 3, 4, 5])
      await dataOf(create({ title: `More ${index}`, reminders: [{ at: "2030-01-09T00:00:00Z" }] }, account));
    expect(await page()).toBe(few);
  });
});
