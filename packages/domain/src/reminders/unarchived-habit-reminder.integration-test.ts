import "reflect-metadata";
import { describe, expect, it } from "vitest";
import { archiveHabit, unarchiveHabit } from "../habits/archive-habit.service";
import { HabitStreakCache } from "../habits/habit-streak-cache";
import { privateRedis } from "../testing/private-redis.test-support";
import { habitReminderInstant } from "./habit-reminder";
import { reminderTestDatabase } from "./reminder.test-support";
import { sendDueHabitReminders } from "./send-habit-reminders.service";

const { orm, given } = reminderTestDatabase("unarchived_habit_reminders");
const ZONE = "Pacific/Kiritimati";
const run = (day: string) =>
  sendDueHabitReminders(orm().em, {
    now: new Date(habitReminderInstant(day, "07:30", ZONE).getTime() + 30_000),
  });

describe("an archived habit", () => {
  it("sends no reminder, and reminds again once unarchived", async () => {
    const cache = await privateRedis("unarchive-reminders");
    try {
      const options = { streakCache: new HabitStreakCache(cache.redis) };
      const habit = await given.habit(await given.user(ZONE), { reminderTime: "07:30" });
      await archiveHabit(orm().em.fork(), habit.user.id, habit.id, options);
      await run("2031-02-10");
      expect(await given.remindersAbout(habit.id)).toEqual([]);

      await unarchiveHabit(orm().em.fork(), habit.user.id, habit.id, options);
      await run("2031-02-11");
      expect(await given.remindersAbout(habit.id)).toHaveLength(1);
    } finally {
      await cache.remove();
    }
  });
});
