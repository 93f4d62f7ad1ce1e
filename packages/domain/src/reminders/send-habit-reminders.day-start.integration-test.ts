import "reflect-metadata";
import { type User } from "@momentum/db";
import { describe, expect, it } from "vitest";
import { habitReminderInstant } from "./habit-reminder";
import { reminderTestDatabase } from "./reminder.test-support";
import { sendDueHabitReminders } from "./send-habit-reminders.service";

// A reminder's wall-clock time belongs to the user's day it falls in: with a 03:00 day start, a 01:00
// reminder is the last moment of its day, on the next calendar date.
const { orm, given } = reminderTestDatabase("habit_reminders_day_start");
const ZONE = "Pacific/Kiritimati";
const run = (now: Date) => sendDueHabitReminders(orm().em, { now });

async function userStartingDayAt(dayStartTime: string): Promise<User> {
  const user = await given.user(ZONE);
  await orm()
    .em.fork()
    .getConnection()
    .execute(`update users set day_start_time = ? where id = ?`, [dayStartTime, user.id]);
  return user;
}

describe("habit reminders with a day start", () => {
  it("a 01:00 reminder with a 03:00 start goes out at 01:00 the next calendar morning, for the day before", async () => {
    const habit = await given.habit(await userStartingDayAt("03:00"), { reminderTime: "01:00" });
    const remindAt = habitReminderInstant("2031-02-10", "01:00", ZONE, "03:00");
    expect(remindAt.toISOString()).toBe("2031-02-10T11:00:00.000Z"); // 01:00 on 11 February in Kiritimati

    await run(new Date(remindAt.getTime() - 60_000));
    expect(await given.remindersAbout(habit.id)).toEqual([]);
    await run(new Date(remindAt.getTime() + 30_000));
    expect(await given.remindersAbout(habit.id)).toHaveLength(1);
    expect((await given.reload(habit)).remindedOn).toBe("2031-02-10");
  });

  it("a habit done on the user's day (logged for it) is not reminded of at 01:00 the next calendar morning", async () => {
    const habit = await given.habit(await userStartingDayAt("03:00"), { reminderTime: "01:00" });
    await given.log(habit, "2031-02-10");
    await run(new Date(habitReminderInstant("2031-02-10", "01:00", ZONE, "03:00").getTime() + 30_000));
    expect(await given.remindersAbout(habit.id)).toEqual([]);
    expect((await given.reload(habit)).remindedOn).toBe("2031-02-10");
  });

  it("a reminder after the day start keeps its own calendar date", async () => {
    const habit = await given.habit(await userStartingDayAt("03:00"), { reminderTime: "07:30" });
    const remindAt = habitReminderInstant("2031-02-10", "07:30", ZONE, "03:00");
    expect(remindAt.toISOString()).toBe("2031-02-09T17:30:00.000Z");
    await run(new Date(remindAt.getTime() + 30_000));
    expect(await given.remindersAbout(habit.id)).toHaveLength(1);
    expect((await given.reload(habit)).remindedOn).toBe("2031-02-10");
  });
});
