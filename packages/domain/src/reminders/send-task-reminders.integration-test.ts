import "reflect-metadata";
import { Priority, Task, TaskStatus } from "@momentum/db";
import { describe, expect, it } from "vitest";
import { reminderTestDatabase } from "./reminder.test-support";
import { sendDueTaskReminders } from "./send-task-reminders.service";

const { orm, secondOrm, given } = reminderTestDatabase("task_reminders");
const at = (iso: string) => new Date(iso);
const run = (now: string, options: { batchSize?: number } = {}) =>
  sendDueTaskReminders(orm().em, { now: at(now), ...options });

describe("sending due task reminders", () => {
  it("sends the design document's TASK_REMINDER once and marks the reminder time reminded", async () => {
    const user = await given.user("America/New_York");
    const task = await given.task(user, {
      reminderTime: at("2031-01-10T14:00:00Z"),
      dueDate: at("2031-01-10T15:00:00Z"),
      priority: Priority.High,
    });

    await run("2031-01-10T14:00:30Z");
    await run("2031-01-10T14:01:00Z");

    expect(await given.remindersAbout(task.id)).toEqual([
      {
        type: "TASK_REMINDER",
        userId: user.id,
        taskId: task.id,
        title: task.title,
        dueIn: "3570",
        priority: "high",
      },
    ]);
    expect((await given.taskReminders(task))[0]!.sentFor).toEqual(at("2031-01-10T14:00:00Z"));
    expect((await given.reload(task)).updatedAt).toEqual(task.updatedAt);
  });

  it("leaves a reminder in the future alone", async () => {
    const task = await given.task(await given.user("Pacific/Kiritimati"), {
      reminderTime: at("2031-01-11T14:00:00Z"),
    });
    await run("2031-01-11T13:59:59Z");
    expect(await given.remindersAbout(task.id)).toEqual([]);
    expect((await given.taskReminders(task))[0]!.sentFor).toBeNull();
  });

  it("reminds again after the reminder time changed, once per reminder time", async () => {
    const task = await given.task(await given.user("Europe/Berlin"), {
      reminderTime: at("2031-01-12T08:00:00Z"),
    });
    await run("2031-01-12T08:00:10Z");
    await given.changeTask(task, { reminders: [{ at: at("2031-01-12T09:00:00Z") }] });
    await run("2031-01-12T08:30:00Z");
    expect(await given.remindersAbout(task.id)).toHaveLength(1);
    await run("2031-01-12T09:00:10Z");
    await run("2031-01-12T09:00:20Z");
    expect(await given.remindersAbout(task.id)).toHaveLength(2);
  });

  it.each([
    ["completed", { status: TaskStatus.Completed }],
    ["cancelled", { status: TaskStatus.Cancelled }],
    ["deleted", { isDeleted: true }],
  ])("does not remind of a %s task", async (_, state) => {
    const task = await given.task(await given.user("Europe/Berlin"), {
      reminderTime: at("2031-01-13T08:00:00Z"),
      ...state,
    });
    await run("2031-01-13T08:00:10Z");
    expect(await given.remindersAbout(task.id)).toEqual([]);
  });

  it("reminds of a task in progress", async () => {
    const task = await given.task(await given.user("Europe/Berlin"), {
      reminderTime: at("2031-01-13T09:00:00Z"),
      status: TaskStatus.InProgress,
    });
    await run("2031-01-13T09:00:10Z");
    expect(await given.remindersAbout(task.id)).toHaveLength(1);
  });

  it("sends nothing to a user who turned task reminders off, and does not replay it when turned on", async () => {
    const user = await given.user("Europe/Berlin", { taskReminders: false });
    const task = await given.task(user, { reminderTime: at("2031-01-14T08:00:00Z") });
    await run("2031-01-14T08:00:10Z");
    expect((await given.taskReminders(task))[0]!.sentFor).toEqual(at("2031-01-14T08:00:00Z"));
    const em = orm().em.fork();
    await em.nativeUpdate("User", { id: user.id }, { notificationPreferences: { taskReminders: true } });
    await run("2031-01-14T08:01:00Z");
    expect(await given.remindersAbout(task.id)).toEqual([]);
  });

  it("holds a reminder in the quiet hours until they end, then sends it", async () => {
    // 23:00 in New York (UTC-5 in January); quiet until 07:00, which is 12:00Z.
    const user = await given.user("America/New_York", { quietHours: { start: "22:00", end: "07:00" } });
    const task = await given.task(user, { reminderTime: at("2031-01-16T04:00:00Z") });
    await run("2031-01-16T04:00:10Z");
    await run("2031-01-16T11:59:00Z");
    expect(await given.remindersAbout(task.id)).toEqual([]);
    expect((await given.taskReminders(task))[0]!.sentFor).toBeNull();
    await run("2031-01-16T12:00:10Z");
    expect(await given.remindersAbout(task.id)).toHaveLength(1);
  });

  it("skips a reminder more than three hours late instead of pushing it after an outage", async () => {
    const task = await given.task(await given.user("Australia/Lord_Howe"), {
      reminderTime: at("2031-01-17T08:00:00Z"),
    });
    await run("2031-01-17T11:00:01Z");
    expect(await given.remindersAbout(task.id)).toEqual([]);
    expect((await given.taskReminders(task))[0]!.sentFor).toEqual(at("2031-01-17T08:00:00Z"));
  });

  it("does not remind a deactivated user", async () => {
    const user = await given.user("Europe/Berlin");
    await orm().em.fork().nativeUpdate("User", { id: user.id }, { isActive: false });
    const task = await given.task(user, { reminderTime: at("2031-01-18T08:00:00Z") });
    await run("2031-01-18T08:00:10Z");
    expect(await given.remindersAbout(task.id)).toEqual([]);
  });

  it("works through more due reminders than one batch, past those waiting for quiet hours to end", async () => {
    const quiet = await given.user("America/New_York", { quietHours: { start: "00:00", end: "23:59" } });
    const awake = await given.user("America/New_York");
    const waiting = await Promise.all(
      [1, 2, 3].map(() => given.task(quiet, { reminderTime: at("2031-01-19T15:00:00Z") })),
    );
    const due = await Promise.all(
      [1, 2, 3, 4, 5].map(() => given.task(awake, { reminderTime: at("2031-01-19T15:00:01Z") })),
    );
    await run("2031-01-19T15:00:30Z", { batchSize: 2 });
    for (const task of waiting) expect(await given.remindersAbout(task.id)).toEqual([]);
    for (const task of due) expect(await given.remindersAbout(task.id)).toHaveLength(1);
  });

  it("sends each reminder exactly once while two schedulers run at the same time", async () => {
    const user = await given.user("Europe/Berlin");
    const tasks = await Promise.all(
      Array.from({ length: 40 }, (_, index) =>
        given.task(user, { reminderTime: new Date(at("2031-01-20T08:00:00Z").getTime() + index * 1000) }),
      ),
    );
    const now = at("2031-01-20T08:01:00Z");
    const schedulers = [orm(), secondOrm(), orm(), secondOrm()].map((instance) =>
      sendDueTaskReminders(instance.em, { now, batchSize: 3 }),
    );
    const tallies = await Promise.all(schedulers);
    expect(tallies.reduce((sum, tally) => sum + tally.sent, 0)).toBe(40);
    for (const task of tasks) expect(await given.remindersAbout(task.id)).toHaveLength(1);
  });

  it("sends each of two reminders of one task once", async () => {
    const task = await given.task(await given.user("Europe/Berlin"), {
      dueDate: at("2031-01-21T10:00:00Z"),
      reminders: [{ at: at("2031-01-20T18:00:00Z") }, { minutesBefore: 30 }],
    });
    await run("2031-01-20T18:00:10Z");
    await run("2031-01-20T18:00:20Z");
    expect(await given.remindersAbout(task.id)).toHaveLength(1);
    await run("2031-01-21T09:30:10Z");
    await run("2031-01-21T09:31:00Z");
    expect(await given.remindersAbout(task.id)).toHaveLength(2);
    expect((await given.taskReminders(task)).map((reminder) => reminder.sentFor)).toEqual([
      at("2031-01-20T18:00:00Z"),
      at("2031-01-21T09:30:00Z"),
    ]);
  });

  it("moves a relative reminder with the due date and sends it again for the new time", async () => {
    const task = await given.task(await given.user("Europe/Berlin"), {
      dueDate: at("2031-01-22T10:00:00Z"),
      reminders: [{ minutesBefore: 60 }, { at: at("2031-01-22T08:00:00Z") }],
    });
    await run("2031-01-22T09:00:10Z");
    expect(await given.remindersAbout(task.id)).toHaveLength(2);

    await given.changeTask(task, { dueDate: at("2031-01-23T10:00:00Z") });
    const [relative, fixed] = await given.taskReminders(task);
    expect(relative!.fireAt).toEqual(at("2031-01-23T09:00:00Z"));
    expect(fixed!.fireAt).toEqual(at("2031-01-22T08:00:00Z"));
    expect((await given.reload(task)).reminderTime).toEqual(at("2031-01-22T08:00:00Z"));
    await run("2031-01-22T09:00:20Z");
    expect(await given.remindersAbout(task.id)).toHaveLength(2);
    await run("2031-01-23T09:00:10Z");
    expect(await given.remindersAbout(task.id)).toHaveLength(3);
  });

  it("does not fire a relative reminder while its task has no due date, and re-arms it when it has one", async () => {
    const task = await given.task(await given.user("Europe/Berlin"), {
      dueDate: at("2031-01-24T10:00:00Z"),
      reminders: [{ minutesBefore: 15 }],
    });
    await given.changeTask(task, { dueDate: null });
    expect((await given.taskReminders(task))[0]!.fireAt).toBeNull();
    expect((await given.reload(task)).reminderTime).toBeNull();
    await run("2031-01-24T09:45:10Z");
    expect(await given.remindersAbout(task.id)).toEqual([]);

    await given.changeTask(task, { dueDate: at("2031-01-24T11:00:00Z") });
    await run("2031-01-24T10:45:10Z");
    expect(await given.remindersAbout(task.id)).toHaveLength(1);
  });

  it("makes one push of two reminders of a task set for the same instant", async () => {
    const task = await given.task(await given.user("Europe/Berlin"), {
      dueDate: at("2031-01-25T10:00:00Z"),
      reminders: [{ at: at("2031-01-25T09:00:00Z") }, { minutesBefore: 60 }],
    });
    await run("2031-01-25T09:00:10Z");
    expect(await given.remindersAbout(task.id)).toHaveLength(1);
    expect((await given.taskReminders(task)).map((reminder) => reminder.sentFor)).toEqual([
      at("2031-01-25T09:00:00Z"),
      at("2031-01-25T09:00:00Z"),
    ]);
  });

  it("keeps the sent mark of a reminder that stays in a replaced list", async () => {
    const task = await given.task(await given.user("Europe/Berlin"), {
      reminderTime: at("2031-01-26T08:00:00Z"),
    });
    await run("2031-01-26T08:00:10Z");
    await given.changeTask(task, {
      reminders: [{ at: at("2031-01-26T09:00:00Z") }, { at: at("2031-01-26T08:00:00Z") }],
    });
    await run("2031-01-26T08:30:00Z");
    expect(await given.remindersAbout(task.id)).toHaveLength(1);
    await run("2031-01-26T09:00:10Z");
    expect(await given.remindersAbout(task.id)).toHaveLength(2);
  });

  it("does not remind of a task closed after its reminder was armed, and takes it off the due index", async () => {
    const task = await given.task(await given.user("Europe/Berlin"), {
      reminderTime: at("2031-01-27T08:00:00Z"),
    });
    await orm().em.fork().nativeUpdate(Task, { id: task.id }, { status: TaskStatus.Completed });
    await run("2031-01-27T08:00:10Z");
    expect(await given.remindersAbout(task.id)).toEqual([]);
    expect((await given.taskReminders(task))[0]!.sentFor).toEqual(at("2031-01-27T08:00:00Z"));
  });

  it("sends a reminder once when a run fails after recording it and the next run retries", async () => {
    const task = await given.task(await given.user("Europe/Berlin"), {
      reminderTime: at("2031-01-28T08:00:00Z"),
    });
    await given.whileMarkingFails("task_reminders", () => run("2031-01-28T08:00:10Z"));
    expect(await given.remindersAbout(task.id)).toEqual([]);
    await run("2031-01-28T08:00:40Z");
    await run("2031-01-28T08:01:10Z");
    expect(await given.remindersAbout(task.id)).toHaveLength(1);
  });
});
