import { describe, expect, it } from "vitest";
import { decideReminder, type ReminderOccasion, reminderLatenessLimitMs } from "./reminder-decision";

const at = (iso: string) => new Date(iso);
// New York in June is UTC-4: 22:00-07:00 local is 02:00Z-11:00Z.
const occasion = (overrides: Partial<ReminderOccasion> = {}): ReminderOccasion => ({
  remindAt: at("2026-06-11T13:00:00Z"),
  zone: "America/New_York",
  quietHours: { start: "22:00", end: "07:00" },
  enabled: true,
  ...overrides,
});

describe("decideReminder", () => {
  it.each<[string, Partial<ReminderOccasion>, string, ReturnType<typeof decideReminder>]>([
    [
      "before its time it waits",
      {},
      "2026-06-11T12:59:59Z",
      { action: "wait", until: at("2026-06-11T13:00:00Z") },
    ],
    ["at its time it goes out", {}, "2026-06-11T13:00:00Z", { action: "send" }],
    ["a little late it still goes out", {}, "2026-06-11T15:59:00Z", { action: "send" }],
    [
      "past the lateness limit it is skipped",
      {},
      "2026-06-11T16:00:01Z",
      { action: "skip", reason: "stale" },
    ],
    [
      "turned off, it is skipped once due",
      { enabled: false },
      "2026-06-11T13:00:00Z",
      { action: "skip", reason: "disabled" },
    ],
    [
      "turned off, it still waits before its time",
      { enabled: false },
      "2026-06-11T12:00:00Z",
      { action: "wait", until: at("2026-06-11T13:00:00Z") },
    ],
    [
      "in quiet hours it waits for their end",
      { remindAt: at("2026-06-11T03:00:00Z") },
      "2026-06-11T03:00:00Z",
      { action: "wait", until: at("2026-06-11T11:00:00Z") },
    ],
    [
      "at the end of quiet hours it goes out",
      { remindAt: at("2026-06-11T03:00:00Z") },
      "2026-06-11T11:00:00Z",
      { action: "send" },
    ],
    [
      "lateness counts from the end of quiet hours",
      { remindAt: at("2026-06-11T03:00:00Z") },
      "2026-06-11T13:59:00Z",
      { action: "send" },
    ],
    [
      "quiet hours past its last moment skip it",
      { remindAt: at("2026-06-11T03:00:00Z"), deliverBefore: at("2026-06-11T04:00:00Z") },
      "2026-06-11T03:00:00Z",
      { action: "skip", reason: "quiet_hours" },
    ],
    [
      "without quiet hours it goes out at night",
      { remindAt: at("2026-06-11T03:00:00Z"), quietHours: null },
      "2026-06-11T03:00:00Z",
      { action: "send" },
    ],
  ])("%s", (_, overrides, now, decision) => {
    expect(decideReminder(occasion(overrides), at(now))).toEqual(decision);
  });

  it("takes another lateness limit", () => {
    expect(decideReminder(occasion(), at("2026-06-11T13:10:00Z"), 5 * 60_000)).toEqual({
      action: "skip",
      reason: "stale",
    });
    expect(reminderLatenessLimitMs).toBe(3 * 3_600_000);
  });
});
