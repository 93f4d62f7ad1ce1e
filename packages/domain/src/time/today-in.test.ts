import { describe, expect, it } from "vitest";
import { todayIn } from "./today-in";

describe("todayIn", () => {
  it.each([
    ["Pacific/Kiritimati (UTC+14) is already tomorrow", "2026-03-01T10:00:00Z", "2026-03-02"],
    ["Pacific/Pago_Pago (UTC-11) is still yesterday", "2026-03-02T10:59:00Z", "2026-03-01"],
    ["Asia/Kolkata (UTC+5:30) turns at 18:30 UTC", "2026-03-01T18:30:00Z", "2026-03-02"],
    ["Asia/Kolkata one minute earlier", "2026-03-01T18:29:00Z", "2026-03-01"],
    ["America/New_York before the spring change (UTC-5)", "2026-03-08T04:59:00Z", "2026-03-07"],
    ["America/New_York after the spring change (UTC-4)", "2026-03-09T03:59:00Z", "2026-03-08"],
    ["America/New_York after the autumn change (UTC-5)", "2026-11-02T04:59:00Z", "2026-11-01"],
    ["Europe/London in summer time (UTC+1)", "2026-10-24T23:30:00Z", "2026-10-25"],
    ["Europe/London after the autumn change (UTC+0)", "2026-10-25T23:30:00Z", "2026-10-25"],
    ["Australia/Lord_Howe before its half-hour change (UTC+10:30)", "2026-10-03T13:29:00Z", "2026-10-03"],
    ["Australia/Lord_Howe at midnight before its change", "2026-10-03T13:30:00Z", "2026-10-04"],
    ["Australia/Lord_Howe after its change (UTC+11)", "2026-10-04T12:59:00Z", "2026-10-04"],
  ])("%s", (name, instant, day) => {
    const zone = name.split(" ")[0]!;
    expect(todayIn(zone, new Date(instant))).toBe(day);
  });

  it("refuses an unknown zone instead of guessing", () => {
    expect(() => todayIn("Mars/Olympus_Mons", new Date())).toThrow(/Unknown time zone/);
  });
});
