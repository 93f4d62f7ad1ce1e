import { describe, expect, it } from "vitest";
import { notificationPreferencesSchema } from "../identity/user-settings.schema";
import { decideHabitReminder, habitNeedsReminder, habitReminderInstant } from "./habit-reminder";
import { type ReminderRecipient } from "./reminder-recipient";

const recipient = (zone: string, preferences: Record<string, unknown> = {}): ReminderRecipient => ({
  zone,
  preferences: notificationPreferencesSchema.parse(preferences),
});

describe("habitReminderInstant", () => {
  it.each([
    [
      "Kiritimati is 14 hours ahead of UTC",
      "Pacific/Kiritimati",
      "2026-06-11",
      "07:30:00",
      "2026-06-10T17:30:00.000Z",
    ],
    ["New York in winter (UTC-5)", "America/New_York", "2026-01-15", "07:30:00", "2026-01-15T12:30:00.000Z"],
    ["New York in summer (UTC-4)", "America/New_York", "2026-06-11", "07:30:00", "2026-06-11T11:30:00.000Z"],
    [
      "New York's spring day, before the change",
      "America/New_York",
      "2026-03-08",
      "01:30:00",
      "2026-03-08T06:30:00.000Z",
    ],
    [
      "New York's spring day, a time the clocks skip",
      "America/New_York",
      "2026-03-08",
      "02:30:00",
      "2026-03-08T07:30:00.000Z",
    ],
    [
      "New York's autumn day, a time that happens twice",
      "America/New_York",
      "2026-11-01",
      "01:30:00",
      "2026-11-01T05:30:00.000Z",
    ],
    [
      "New York's autumn day, after the change",
      "America/New_York",
      "2026-11-01",
      "07:30:00",
      "2026-11-01T12:30:00.000Z",
    ],
    [
      "Lord Howe's spring day, after its half-hour change",
      "Australia/Lord_Howe",
      "2026-10-04",
      "07:30:00",
      "2026-10-03T20:30:00.000Z",
    ],
    [
      "Lord Howe's autumn day, after its half-hour change",
      "Australia/Lord_Howe",
      "2026-04-05",
      "07:30:00",
      "2026-04-04T21:00:00.000Z",
    ],
  ])("%s", (_, zone, day, time, instant) => {
    expect(habitReminderInstant(day, time, zone).toISOString()).toBe(instant);
  });
});

describe("decideHabitReminder", () => {
  it.each<[string, ReminderRecipient, string, string, string, string]>([
    [
      "at its time in Kiritimati",
      recipient("Pacific/Kiritimati"),
      "2026-06-11",
      "07:30",
      "2026-06-10T17:30:00Z",
      "send",
    ],
    [
      "before its time",
      recipient("Pacific/Kiritimati"),
      "2026-06-11",
      "07:30",
      "2026-06-10T17:29:00Z",
      "wait",
    ],
    [
      "habit reminders turned off",
      recipient("America/New_York", { habitReminders: false }),
      "2026-06-11",
      "07:30",
      "2026-06-11T11:30:00Z",
      "skip",
    ],
    // 06:30 is quiet until 07:00, still the same day: it waits.
    [
      "early morning quiet hours",
      recipient("America/New_York", { quietHours: { start: "22:00", end: "07:00" } }),
      "2026-06-11",
      "06:30",
      "2026-06-11T10:30:00Z",
      "wait",
    ],
    // 23:00 is quiet until 07:00 the next day: yesterday's reminder would be useless, so it is skipped.
    [
      "quiet hours that end the next day",
      recipient("America/New_York", { quietHours: { start: "22:00", end: "07:00" } }),
      "2026-06-11",
      "23:00",
      "2026-06-12T03:00:00Z",
      "skip",
    ],
    [
      "Lord Howe on its spring day",
      recipient("Australia/Lord_Howe"),
      "2026-10-04",
      "07:30",
      "2026-10-03T20:30:00Z",
      "send",
    ],
    ["four hours late", recipient("America/New_York"), "2026-06-11", "07:30", "2026-06-11T15:31:00Z", "skip"],
  ])("%s", (_, who, today, reminderTime, now, action) => {
    expect(decideHabitReminder({ reminderTime }, today, who, new Date(now)).action).toBe(action);
  });

  it("names why it skipped", () => {
    const quiet = recipient("America/New_York", { quietHours: { start: "22:00", end: "07:00" } });
    const now = new Date("2026-06-12T03:00:00Z");
    expect(decideHabitReminder({ reminderTime: "23:00" }, "2026-06-11", quiet, now)).toEqual({
      action: "skip",
      reason: "quiet_hours",
    });
  });
});

describe("habitNeedsReminder", () => {
  it.each([
    [true, false, true],
    [true, true, false],
    [false, false, false],
  ])("due today %s, done today %s: %s", (isDueToday, isCompletedToday, needed) => {
    expect(habitNeedsReminder({ isDueToday, isCompletedToday })).toBe(needed);
  });
});
