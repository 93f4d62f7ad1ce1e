import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayStartSchema, instantInUserDay, userDayBounds, userDayOf, type UserDays } from "./user-day";

// Zones with DST at 01:00, 02:00 and midnight, half-hour and 45-minute offsets and shifts, both sides of
// the date line, and Samoa's skipped 30 December 2011.
const zones = [
  "America/New_York",
  "Europe/London",
  "Europe/Berlin",
  "Australia/Lord_Howe",
  "America/Santiago",
  "America/Havana",
  "Asia/Beirut",
  "Asia/Kolkata",
  "Pacific/Chatham",
  "Pacific/Apia",
  "Pacific/Kiritimati",
  "Pacific/Pago_Pago",
];

/** The oracle, independent of luxon: the wall clock from Intl, minus the day start, read as a calendar day. */
function wallClockDayMinus(zone: string, instant: Date, dayStartsAt: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    })
      .formatToParts(instant)
      .map((part) => [part.type, Number(part.value)]),
  ) as Record<string, number>;
  const wallClock = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!);
  const [hours, minutes] = dayStartsAt.split(":").map(Number);
  return new Date(wallClock - (hours! * 60 + minutes!) * 60_000).toISOString().slice(0, 10);
}

const instants = fc.date({
  min: new Date("2010-01-01T00:00:00Z"),
  max: new Date("2035-12-31T00:00:00Z"),
  noInvalidDate: true,
});
const dayStarts = fc
  .record({ hour: fc.integer({ min: 0, max: 12 }), minute: fc.integer({ min: 0, max: 59 }) })
  .map(({ hour, minute }) =>
    hour === 12 ? "12:00" : `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`,
  );
const userDays = fc.record({ zone: fc.constantFrom(...zones), dayStartsAt: dayStarts });

const HOUR = 3_600_000;

describe("the user's day of an instant", () => {
  it("is the calendar day of the local wall clock minus the day start, in any zone and day start", () => {
    fc.assert(
      fc.property(userDays, instants, (days, instant) => {
        expect(userDayOf(days, instant)).toBe(wallClockDayMinus(days.zone, instant, days.dayStartsAt));
      }),
      { numRuns: 3000 },
    );
  });

  it("with a 00:00 start is the calendar day, as before day starts existed", () => {
    fc.assert(
      fc.property(fc.constantFrom(...zones), instants, (zone, instant) => {
        expect(userDayOf({ zone, dayStartsAt: "00:00" }, instant)).toBe(
          new Intl.DateTimeFormat("en-CA", { timeZone: zone }).format(instant),
        );
      }),
    );
  });

  it.each([
    [
      "01:30 with a 03:00 start is the previous day",
      "Europe/Berlin",
      "03:00",
      "2026-03-06T00:30:00Z",
      "2026-03-05",
    ],
    [
      "03:00 with a 03:00 start is the new day",
      "Europe/Berlin",
      "03:00",
      "2026-03-06T02:00:00Z",
      "2026-03-06",
    ],
    [
      "02:59 with a 03:00 start is still the previous day",
      "Europe/Berlin",
      "03:00",
      "2026-03-06T01:59:00Z",
      "2026-03-05",
    ],
    [
      "a month's first night belongs to the month before",
      "Asia/Kolkata",
      "04:00",
      "2026-02-28T21:00:00Z",
      "2026-02-28",
    ],
    [
      "a year's first night belongs to the year before",
      "Pacific/Kiritimati",
      "02:00",
      "2025-12-31T11:30:00Z",
      "2025-12-31",
    ],
    [
      "01:59 before the spring change in New York is the day before",
      "America/New_York",
      "03:00",
      "2026-03-08T06:59:00Z",
      "2026-03-07",
    ],
    [
      "03:00 right after the spring change in New York is the new day",
      "America/New_York",
      "03:00",
      "2026-03-08T07:00:00Z",
      "2026-03-08",
    ],
  ])("%s", (_case, zone, dayStartsAt, instant, day) => {
    expect(userDayOf({ zone, dayStartsAt }, new Date(instant))).toBe(day);
  });
});

describe("the bounds of a user's day", () => {
  it("start at the first instant of the day and end at the first instant of the next", () => {
    fc.assert(
      fc.property(userDays, instants, (days, instant) => {
        const day = userDayOf(days, instant);
        // In a fall-back night whose repeated hour holds the day start, the wall clock reads the
        // previous day again for a while: such instants lie outside their day's (first) bounds.
        fc.pre(userDayOf(days, new Date(instant.getTime() - 3 * HOUR)) <= day);
        const { start, end } = userDayBounds(days, day);
        expect(start.getTime()).toBeLessThanOrEqual(instant.getTime());
        expect(instant.getTime()).toBeLessThan(end.getTime());
        expect(userDayOf(days, start)).toBe(day);
        expect(userDayOf(days, new Date(start.getTime() - 1))).not.toBe(day);
        expect(userDayOf(days, new Date(end.getTime() - 1))).toBe(day);
      }),
      { numRuns: 1000 },
    );
  });

  it("of a day whose start falls in a spring-forward gap begin where the gap ends", () => {
    const { start } = userDayBounds({ zone: "America/New_York", dayStartsAt: "02:30" }, "2026-03-08");
    expect(start.toISOString()).toBe("2026-03-08T07:00:00.000Z"); // 03:00 EDT, the first reading after 02:30
  });

  it("of a day with a 03:00 start run from 03:00 to 03:00 the next morning, 23 hours in spring", () => {
    const { start, end } = userDayBounds({ zone: "Europe/Berlin", dayStartsAt: "03:00" }, "2026-03-28");
    expect(start.toISOString()).toBe("2026-03-28T02:00:00.000Z");
    expect(end.toISOString()).toBe("2026-03-29T01:00:00.000Z");
  });
});

describe("a wall-clock time within a user's day", () => {
  const days: UserDays = { zone: "Europe/Berlin", dayStartsAt: "03:00" };

  it.each([
    ["after the day start is on the day's own date", "21:00", "2026-03-05T20:00:00.000Z"],
    [
      "before the day start is on the next calendar date, at the end of the day",
      "01:00",
      "2026-03-06T00:00:00.000Z",
    ],
    ["at the day start is the day's first instant", "03:00", "2026-03-05T02:00:00.000Z"],
  ])("%s", (_case, time, instant) => {
    expect(instantInUserDay(days, "2026-03-05", time).toISOString()).toBe(instant);
    expect(userDayOf(days, instantInUserDay(days, "2026-03-05", time))).toBe("2026-03-05");
  });
});

describe("a day start sent by a client", () => {
  it.each(["00:00", "03:00", "04:45", "12:00"])("%s is accepted", (time) => {
    expect(dayStartSchema.safeParse(time).success).toBe(true);
  });

  it.each(["12:01", "23:00", "3:00", "03:00:00", "24:00", "03:60", "", "morning"])(
    "%s is refused",
    (time) => {
      expect(dayStartSchema.safeParse(time).success).toBe(false);
    },
  );
});
