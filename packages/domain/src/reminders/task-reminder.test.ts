import { Priority } from "@momentum/db";
import { describe, expect, it } from "vitest";
import { notificationPreferencesSchema } from "../identity/user-settings.schema";
import { type ReminderRecipient } from "./reminder-recipient";
import { decideTaskReminder, dueInSeconds, taskReminderOf } from "./task-reminder";

const recipient = (zone: string, preferences: Record<string, unknown> = {}): ReminderRecipient => ({
  zone,
  preferences: notificationPreferencesSchema.parse(preferences),
});

describe("task reminders", () => {
  it.each<[string, ReminderRecipient, string, string, string]>([
    [
      "due now in Kiritimati",
      recipient("Pacific/Kiritimati"),
      "2026-06-11T10:00:00Z",
      "2026-06-11T10:00:30Z",
      "send",
    ],
    ["not yet", recipient("Pacific/Kiritimati"), "2026-06-11T10:00:00Z", "2026-06-11T09:59:00Z", "wait"],
    [
      "task reminders turned off",
      recipient("America/New_York", { taskReminders: false }),
      "2026-06-11T10:00:00Z",
      "2026-06-11T10:00:30Z",
      "skip",
    ],
    [
      "habit reminders turned off do not matter",
      recipient("America/New_York", { habitReminders: false }),
      "2026-06-11T10:00:00Z",
      "2026-06-11T10:00:30Z",
      "send",
    ],
    // 06:00 in New York, inside 22:00-07:00.
    [
      "in New York's quiet hours",
      recipient("America/New_York", { quietHours: { start: "22:00", end: "07:00" } }),
      "2026-06-11T10:00:00Z",
      "2026-06-11T10:00:30Z",
      "wait",
    ],
    [
      "after an outage of a day",
      recipient("Australia/Lord_Howe"),
      "2026-06-10T10:00:00Z",
      "2026-06-11T10:00:00Z",
      "skip",
    ],
  ])("%s: %s", (_, who, reminderTime, now, action) => {
    expect(decideTaskReminder({ reminderTime: new Date(reminderTime) }, who, new Date(now)).action).toBe(
      action,
    );
  });

  it.each([
    ["no due date", null, 0],
    ["due in an hour", "2026-06-11T11:00:00Z", 3600],
    ["due in 90.9 seconds", "2026-06-11T10:01:30.900Z", 90],
    ["due this second", "2026-06-11T10:00:00.400Z", 0],
    ["overdue by an hour", "2026-06-11T09:00:00Z", -3600],
    ["overdue by 90.9 seconds", "2026-06-11T09:58:29.100Z", -90],
  ])("dueIn with %s is %i", (_, dueDate, seconds) => {
    expect(dueInSeconds(dueDate ? new Date(dueDate) : null, new Date("2026-06-11T10:00:00Z"))).toBe(seconds);
  });

  it("builds the design document's TASK_REMINDER message", () => {
    const task = {
      id: "7b0a3a8e-4a86-4d55-9d0c-7f3b1f9e2a10",
      userId: "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f",
      title: "File taxes",
      priority: Priority.High,
      dueDate: new Date("2026-06-11T11:00:00Z"),
      reminderTime: new Date("2026-06-11T10:00:00Z"),
    };
    expect(taskReminderOf(task, new Date("2026-06-11T10:00:00Z"))).toEqual({
      type: "TASK_REMINDER",
      userId: task.userId,
      taskId: task.id,
      title: "File taxes",
      dueIn: "3600",
      priority: "high",
    });
  });
});
