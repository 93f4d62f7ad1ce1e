import "reflect-metadata";
import { FrequencyType } from "@momentum/db";
import { describe, expect, it } from "vitest";
import { habitReminderInstant } from "./habit-reminder";
import { reminderTestDatabase } from "./reminder.test-support";
import { sendDueHabitReminders } from "./send-habit-reminders.service";

const { orm, secondOrm, given } = reminderTestDatabase("habit_reminders");
const KIRITIMATI = "Pacific/Kiritimati";
/** `seconds` after a 07:30 reminder on `day` in `zone`. */
const after = (day: string, seconds: number, zone = KIRITIMATI, time = "07:30") =>
  new Date(habitReminderInstant(day, time, zone).getTime() + seconds * 1000);
const run = (now: Date) => sendDueHabitReminders(orm().em, { now });

describe("sending due habit reminders", () => {
  it("sends a HABIT_REMINDER with the current streak once on the user's day, and again the next day", async () => {
    const habit = await given.habit(await given.user(KIRITIMATI), { reminderTime: "07:30" });
    await given.log(habit, "2031-02-08");
    await given.log(habit, "2031-02-09");

    await run(after("2031-02-10", -60));
    expect(await given.remindersAbout(habit.id)).toEqual([]);
    await run(after("2031-02-10", 30));
    await run(after("2031-02-10", 90));
    expect(await given.remindersAbout(habit.id)).toEqual([
      {
        type: "HABIT_REMINDER",
        userId: habit.user.id,
        habitId: habit.id,
        title: habit.title,
        streakCount: 2,
      },
    ]);
    expect((await given.habitReminders(habit))[0]!.remindedOn).toBe("2031-02-10");

    await run(after("2031-02-11", 30));
    expect(await given.remindersAbout(habit.id)).toHaveLength(2);
  });

  it.each([
    ["done today", "done"],
    ["skipped today", "skipped"],
  ])("does not remind of a habit %s, and marks the day", async (_, outcome) => {
    const habit = await given.habit(await given.user(KIRITIMATI), { reminderTime: "07:30" });
    await given.log(habit, "2031-02-10", outcome === "skipped" ? "travelling" : null);
    await run(after("2031-02-10", 30));
    expect(await given.remindersAbout(habit.id)).toEqual([]);
    expect((await given.habitReminders(habit))[0]!.remindedOn).toBe("2031-02-10");
  });

  it("does not remind of a weekly habit on a day it is not scheduled", async () => {
    // 2031-02-10 is a Monday.
    const habit = await given.habit(await given.user("America/New_York"), {
      reminderTime: "07:30",
      frequencyType: FrequencyType.Weekly,
      frequencyConfig: { days: ["TUE"] },
    });
    await run(after("2031-02-10", 30, "America/New_York"));
    expect(await given.remindersAbout(habit.id)).toEqual([]);
    await run(after("2031-02-11", 30, "America/New_York"));
    expect(await given.remindersAbout(habit.id)).toHaveLength(1);
  });

  it.each([
    ["archived", { isArchived: true }],
    ["not started yet", { startDate: "2031-02-11" }],
    ["ended", { endDate: "2031-02-09" }],
  ])("does not remind of a habit %s", async (_, fields) => {
    const habit = await given.habit(await given.user(KIRITIMATI), { reminderTime: "07:30", ...fields });
    await run(after("2031-02-10", 30));
    expect(await given.remindersAbout(habit.id)).toEqual([]);
  });

  it("sends nothing to a user who turned habit reminders off", async () => {
    const habit = await given.habit(await given.user(KIRITIMATI, { habitReminders: false }), {
      reminderTime: "07:30",
    });
    await run(after("2031-02-10", 30));
    expect(await given.remindersAbout(habit.id)).toEqual([]);
    expect((await given.habitReminders(habit))[0]!.remindedOn).toBe("2031-02-10");
  });

  it("holds a reminder in the quiet hours until they end the same morning", async () => {
    const user = await given.user("Australia/Lord_Howe", { quietHours: { start: "22:00", end: "07:45" } });
    const habit = await given.habit(user, { reminderTime: "07:30" });
    await run(after("2031-02-10", 30, "Australia/Lord_Howe"));
    expect(await given.remindersAbout(habit.id)).toEqual([]);
    expect((await given.habitReminders(habit))[0]!.remindedOn).toBeNull();
    await run(after("2031-02-10", 15 * 60 + 5, "Australia/Lord_Howe"));
    expect(await given.remindersAbout(habit.id)).toHaveLength(1);
  });

  it("skips a reminder whose quiet hours only end the next day", async () => {
    const user = await given.user("America/New_York", { quietHours: { start: "22:00", end: "07:00" } });
    const habit = await given.habit(user, { reminderTime: "23:00" });
    await run(after("2031-02-10", 30, "America/New_York", "23:00"));
    expect(await given.remindersAbout(habit.id)).toEqual([]);
    expect((await given.habitReminders(habit))[0]!.remindedOn).toBe("2031-02-10");
  });

  it("reminds at the wall-clock time on the day New York's clocks go forward", async () => {
    // 02:30 does not exist on 2031-03-09 in New York: the reminder goes out at 03:30 EDT.
    const habit = await given.habit(await given.user("America/New_York"), { reminderTime: "02:30" });
    const skippedReading = new Date("2031-03-09T07:30:00Z");
    await run(new Date(skippedReading.getTime() - 60_000));
    expect(await given.remindersAbout(habit.id)).toEqual([]);
    await run(new Date(skippedReading.getTime() + 10_000));
    expect(await given.remindersAbout(habit.id)).toHaveLength(1);
  });

  it("sends each day's reminder exactly once while two schedulers run at the same time", async () => {
    const user = await given.user(KIRITIMATI);
    const habits = await Promise.all(
      Array.from({ length: 30 }, () => given.habit(user, { reminderTime: "07:30" })),
    );
    const now = after("2031-02-12", 30);
    await Promise.all(
      [orm(), secondOrm(), orm(), secondOrm()].map((instance) =>
        sendDueHabitReminders(instance.em, { now, batchSize: 3 }),
      ),
    );
    for (const habit of habits) expect(await given.remindersAbout(habit.id)).toHaveLength(1);
  });

  it("sends each of two reminders of a habit once a day", async () => {
    const habit = await given.habit(await given.user(KIRITIMATI), {
      reminders: [{ time: "19:00" }, { time: "07:30" }],
    });
    expect((await given.reload(habit)).reminderTime).toBe("07:30:00");
    await run(after("2031-02-13", 30));
    await run(after("2031-02-13", 60));
    expect(await given.remindersAbout(habit.id)).toHaveLength(1);
    await run(after("2031-02-13", 30, KIRITIMATI, "19:00"));
    await run(after("2031-02-13", 60, KIRITIMATI, "19:00"));
    expect(await given.remindersAbout(habit.id)).toHaveLength(2);
  });

  it("sends a reminder only on its weekdays", async () => {
    // 2031-02-10 is a Monday.
    const habit = await given.habit(await given.user(KIRITIMATI), {
      reminders: [{ time: "07:30", days: ["TUE"] }],
    });
    await run(after("2031-02-10", 30));
    expect(await given.remindersAbout(habit.id)).toEqual([]);
    expect((await given.habitReminders(habit))[0]!.remindedOn).toBe("2031-02-10");
    await run(after("2031-02-11", 30));
    expect(await given.remindersAbout(habit.id)).toHaveLength(1);
  });

  it("does not send a reminder on its weekday when the habit is not due that day", async () => {
    const habit = await given.habit(await given.user(KIRITIMATI), {
      frequencyType: FrequencyType.Weekly,
      frequencyConfig: { days: ["TUE"] },
      reminders: [{ time: "07:30", days: ["MON", "TUE"] }],
    });
    await run(after("2031-02-10", 30));
    expect(await given.remindersAbout(habit.id)).toEqual([]);
    await run(after("2031-02-11", 30));
    expect(await given.remindersAbout(habit.id)).toHaveLength(1);
  });

  it("re-arms an edited reminder for the same day, and not one saved unchanged", async () => {
    const habit = await given.habit(await given.user(KIRITIMATI), { reminderTime: "07:30" });
    await run(after("2031-02-14", 30));
    await given.changeHabitReminders(habit, [{ time: "07:30" }]);
    await run(after("2031-02-14", 60));
    expect(await given.remindersAbout(habit.id)).toHaveLength(1);

    await given.changeHabitReminders(habit, [{ time: "08:00" }]);
    await run(after("2031-02-14", 20 * 60));
    expect(await given.remindersAbout(habit.id)).toHaveLength(1);
    await run(after("2031-02-14", 30, KIRITIMATI, "08:00"));
    expect(await given.remindersAbout(habit.id)).toHaveLength(2);
    expect((await given.reload(habit)).reminderTime).toBe("08:00:00");
  });

  it("makes one push of two reminders of a habit due at the same run", async () => {
    const habit = await given.habit(await given.user(KIRITIMATI), {
      reminders: [{ time: "07:30" }, { time: "07:31", days: ["SAT"] }],
    });
    // 2031-02-15 is a Saturday.
    await run(after("2031-02-15", 120));
    await run(after("2031-02-15", 180));
    expect(await given.remindersAbout(habit.id)).toHaveLength(1);
    expect((await given.habitReminders(habit)).map((reminder) => reminder.remindedOn)).toEqual([
      "2031-02-15",
      "2031-02-15",
    ]);
  });

  it("sends a reminder once when a run fails after recording it and the next run retries", async () => {
    const habit = await given.habit(await given.user(KIRITIMATI), { reminderTime: "07:30" });
    await given.whileMarkingFails("habit_reminders", () => run(after("2031-02-16", 30)));
    expect(await given.remindersAbout(habit.id)).toEqual([]);
    await run(after("2031-02-16", 60));
    await run(after("2031-02-16", 90));
    expect(await given.remindersAbout(habit.id)).toHaveLength(1);
  });
});
