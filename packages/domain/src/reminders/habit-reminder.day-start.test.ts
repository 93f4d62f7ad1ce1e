import { describe, expect, it } from "vitest";
import { notificationPreferencesSchema } from "../identity/user-settings.schema";
import { decideHabitReminder } from "./habit-reminder";
import { type ReminderRecipient } from "./reminder-recipient";

// With a 03:00 day start the reminder of the 11th at 23:00 or 01:00 still belongs to the 11th, which
// lasts until 03:00 on the 12th (Kiritimati, UTC+14).
const nightOwl = (quietHours: { start: string; end: string } | null = null): ReminderRecipient => ({
  zone: "Pacific/Kiritimati",
  dayStartsAt: "03:00",
  preferences: notificationPreferencesSchema.parse({ quietHours }),
});

describe("decideHabitReminder with a day start", () => {
  it.each<[string, ReminderRecipient, string, string, string]>([
    [
      "a 01:00 reminder at 01:00 the next calendar morning",
      nightOwl(),
      "01:00",
      "2026-06-11T11:00:00Z",
      "send",
    ],
    ["a 01:00 reminder on the evening of its day", nightOwl(), "01:00", "2026-06-11T08:00:00Z", "wait"],
    // Quiet from 00:00 to 02:00: 02:00 on the 12th is still the 11th, so a 00:30 reminder waits.
    [
      "quiet hours ending before the day start",
      nightOwl({ start: "00:00", end: "02:00" }),
      "00:30",
      "2026-06-11T10:30:00Z",
      "wait",
    ],
    // Quiet from 00:00 to 04:00: 04:00 on the 12th is the next day, so the reminder is dropped.
    [
      "quiet hours ending after the day start",
      nightOwl({ start: "00:00", end: "04:00" }),
      "01:00",
      "2026-06-11T11:00:00Z",
      "skip",
    ],
  ])("%s", (_case, recipient, reminderTime, now, action) => {
    expect(decideHabitReminder({ reminderTime }, "2026-06-11", recipient, new Date(now)).action).toBe(action);
  });
});
