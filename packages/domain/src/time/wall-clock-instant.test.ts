import { describe, expect, it } from "vitest";
import { instantOfWallClock } from "./wall-clock-instant";

describe("instantOfWallClock", () => {
  it.each([
    ["an ordinary day in Europe/Berlin", "2026-06-10", "08:00", "Europe/Berlin", "2026-06-10T06:00:00.000Z"],
    ["Pacific/Kiritimati (UTC+14)", "2026-11-27", "07:30", "Pacific/Kiritimati", "2026-11-26T17:30:00.000Z"],
    ["seconds of a time column", "2026-11-27", "07:30:15", "Pacific/Kiritimati", "2026-11-26T17:30:15.000Z"],
    [
      "America/New_York before the spring gap",
      "2026-03-08",
      "01:59",
      "America/New_York",
      "2026-03-08T06:59:00.000Z",
    ],
    [
      "America/New_York inside the spring gap moves forward by it",
      "2026-03-08",
      "02:30",
      "America/New_York",
      "2026-03-08T07:30:00.000Z",
    ],
    [
      "America/New_York after the spring gap",
      "2026-03-08",
      "03:30",
      "America/New_York",
      "2026-03-08T07:30:00.000Z",
    ],
    [
      "America/New_York's repeated autumn hour is its first pass",
      "2026-11-01",
      "01:30",
      "America/New_York",
      "2026-11-01T05:30:00.000Z",
    ],
    [
      "America/New_York after the autumn change",
      "2026-11-01",
      "02:00",
      "America/New_York",
      "2026-11-01T07:00:00.000Z",
    ],
    [
      "Australia/Lord_Howe inside its half-hour spring gap",
      "2026-10-04",
      "02:15",
      "Australia/Lord_Howe",
      "2026-10-03T15:45:00.000Z",
    ],
    [
      "Australia/Lord_Howe's repeated half hour is its first pass",
      "2026-04-05",
      "01:45",
      "Australia/Lord_Howe",
      "2026-04-04T14:45:00.000Z",
    ],
    [
      "Australia/Lord_Howe after its autumn change",
      "2026-04-05",
      "02:00",
      "Australia/Lord_Howe",
      "2026-04-04T15:30:00.000Z",
    ],
  ])("%s", (_, day, time, zone, instant) => {
    expect(instantOfWallClock(day, time, zone).toISOString()).toBe(instant);
  });

  it("refuses an unknown zone instead of guessing", () => {
    expect(() => instantOfWallClock("2026-06-10", "08:00", "Mars/Olympus_Mons")).toThrow(/Unknown time zone/);
  });
});
