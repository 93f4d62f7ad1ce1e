import { describe, expect, it } from "vitest";
import { deliveryTimeOf, isInQuietHours, type QuietHours } from "./quiet-hours";

const overnight: QuietHours = { start: "22:00", end: "07:00" };
const lunch: QuietHours = { start: "12:00", end: "13:30" };

describe("isInQuietHours", () => {
  it.each<[string, string, QuietHours | null, string, boolean]>([
    ["late evening, overnight range", "America/New_York", overnight, "2026-06-11T03:30:00Z", true], // 23:30
    ["just after midnight, overnight range", "America/New_York", overnight, "2026-06-11T04:10:00Z", true], // 00:10
    ["the start minute is quiet", "America/New_York", overnight, "2026-06-11T02:00:00Z", true], // 22:00
    ["the end minute is not", "America/New_York", overnight, "2026-06-11T11:00:00Z", false], // 07:00
    ["a second before the end is", "America/New_York", overnight, "2026-06-11T10:59:59Z", true], // 06:59:59
    ["midday, overnight range", "America/New_York", overnight, "2026-06-11T16:00:00Z", false], // 12:00
    ["Kiritimati's evening is UTC's morning", "Pacific/Kiritimati", overnight, "2026-06-11T08:30:00Z", true], // 22:30
    ["Kiritimati's noon", "Pacific/Kiritimati", overnight, "2026-06-11T22:00:00Z", false], // 12:00
    ["Lord Howe's half-hour offset", "Australia/Lord_Howe", lunch, "2026-06-11T02:00:00Z", true], // 12:30 (+10:30)
    ["a daytime range, after it", "Australia/Lord_Howe", lunch, "2026-06-11T03:00:00Z", false], // 13:30
    ["no quiet hours", "America/New_York", null, "2026-06-11T03:30:00Z", false],
    [
      "equal start and end are no quiet hours",
      "America/New_York",
      { start: "08:00", end: "08:00" },
      "2026-06-11T12:00:00Z",
      false,
    ],
  ])("%s", (_, zone, quietHours, instant, quiet) => {
    expect(isInQuietHours(new Date(instant), quietHours, zone)).toBe(quiet);
  });
});

describe("deliveryTimeOf", () => {
  it.each<[string, string, QuietHours | null, string, string]>([
    [
      "outside quiet hours: at once",
      "America/New_York",
      overnight,
      "2026-06-11T16:00:00Z",
      "2026-06-11T16:00:00.000Z",
    ],
    [
      "before midnight: at the end, the next morning",
      "America/New_York",
      overnight,
      "2026-06-11T03:30:00Z",
      "2026-06-11T11:00:00.000Z",
    ],
    [
      "after midnight: at the end, the same morning",
      "America/New_York",
      overnight,
      "2026-06-11T04:10:00Z",
      "2026-06-11T11:00:00.000Z",
    ],
    // The night of the spring change is an hour shorter: 07:00 EDT is 11:00Z, not 12:00Z.
    [
      "across New York's spring change",
      "America/New_York",
      overnight,
      "2026-03-08T03:30:00Z",
      "2026-03-08T11:00:00.000Z",
    ],
    // The night of the autumn change is an hour longer: 07:00 EST is 12:00Z.
    [
      "across New York's autumn change",
      "America/New_York",
      overnight,
      "2026-11-01T02:30:00Z",
      "2026-11-01T12:00:00.000Z",
    ],
    [
      "across Lord Howe's half-hour spring change",
      "Australia/Lord_Howe",
      overnight,
      "2026-10-03T12:00:00Z",
      "2026-10-03T20:00:00.000Z",
    ],
    ["in Kiritimati", "Pacific/Kiritimati", overnight, "2026-06-11T08:30:00Z", "2026-06-11T17:00:00.000Z"],
    ["a daytime range", "Australia/Lord_Howe", lunch, "2026-06-11T02:00:00Z", "2026-06-11T03:00:00.000Z"],
    ["no quiet hours", "America/New_York", null, "2026-06-11T03:30:00Z", "2026-06-11T03:30:00.000Z"],
  ])("%s", (_, zone, quietHours, instant, delivery) => {
    expect(deliveryTimeOf(new Date(instant), quietHours, zone).toISOString()).toBe(delivery);
  });

  it("an end reading inside a spring-forward gap moves forward by the gap", () => {
    const quietHours = { start: "23:00", end: "02:30" };
    // 2026-03-08 01:00 EST; 02:30 does not exist that night, so quiet hours end at 03:30 EDT.
    expect(
      deliveryTimeOf(new Date("2026-03-08T06:00:00Z"), quietHours, "America/New_York").toISOString(),
    ).toBe("2026-03-08T07:30:00.000Z");
  });

  it("in the repeated autumn hour, quiet hours whose end already passed once deliver at once", () => {
    const quietHours = { start: "23:00", end: "01:30" };
    // 01:10 EST, the second pass: 01:30 EDT is behind us, so the quiet hours are over.
    const secondPass = new Date("2026-11-01T06:10:00Z");
    expect(deliveryTimeOf(secondPass, quietHours, "America/New_York")).toEqual(secondPass);
  });
});
