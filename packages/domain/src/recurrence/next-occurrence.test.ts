import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { nextOccurrence, type RecurrenceSeries } from "./next-occurrence";

const series = (rrule: string, timezone: string, start: string): RecurrenceSeries => ({
  rule: { rrule, timezone },
  start: new Date(start),
});
const at = (iso: string) => new Date(iso);
const longAgo = at("2000-01-01T00:00:00Z");

describe("next occurrence on the zone's wall clock", () => {
  it.each([
    [
      "Monday 09:00 Berlin into summer time",
      series("FREQ=WEEKLY;BYDAY=MO", "Europe/Berlin", "2028-03-20T08:00:00Z"),
      "2028-03-20T08:00:00Z",
      "2028-03-27T07:00:00.000Z",
    ],
    [
      "Monday 09:00 Berlin back to winter time",
      series("FREQ=WEEKLY;BYDAY=MO", "Europe/Berlin", "2028-10-23T07:00:00Z"),
      "2028-10-23T07:00:00Z",
      "2028-10-30T08:00:00.000Z",
    ],
    [
      "daily 09:00 New York over its spring change",
      series("FREQ=DAILY", "America/New_York", "2028-03-11T14:00:00Z"),
      "2028-03-11T14:00:00Z",
      "2028-03-12T13:00:00.000Z",
    ],
    [
      "daily 09:00 New York over its autumn change",
      series("FREQ=DAILY", "America/New_York", "2028-11-04T13:00:00Z"),
      "2028-11-04T13:00:00Z",
      "2028-11-05T14:00:00.000Z",
    ],
    [
      "a 02:30 that the spring change skips moves forward by the gap",
      series("FREQ=DAILY", "Europe/Berlin", "2028-03-25T01:30:00Z"),
      "2028-03-25T01:30:00Z",
      "2028-03-26T01:30:00.000Z",
    ],
    [
      "a 01:30 that New York's autumn change repeats is its first, daylight-time pass",
      series("FREQ=DAILY", "America/New_York", "2028-11-04T05:30:00Z"),
      "2028-11-04T05:30:00Z",
      "2028-11-05T05:30:00.000Z",
    ],
    [
      "last day of the month into a leap February",
      series("FREQ=MONTHLY;BYMONTHDAY=-1", "Europe/Berlin", "2028-01-31T08:00:00Z"),
      "2028-01-31T08:00:00Z",
      "2028-02-29T08:00:00.000Z",
    ],
    [
      "the 31st skips months without one",
      series("FREQ=MONTHLY;BYMONTHDAY=31", "Europe/Berlin", "2028-01-31T08:00:00Z"),
      "2028-01-31T08:00:00Z",
      "2028-03-31T07:00:00.000Z",
    ],
    [
      "every other week on Monday and Wednesday",
      series("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE", "Europe/Berlin", "2028-01-03T08:00:00Z"),
      "2028-01-05T08:00:00Z",
      "2028-01-17T08:00:00.000Z",
    ],
    [
      "a zone east of the date line keeps its own calendar day",
      series("FREQ=WEEKLY;BYDAY=MO", "Pacific/Kiritimati", "2028-01-02T19:00:00Z"),
      "2028-01-02T19:00:00Z",
      "2028-01-09T19:00:00.000Z",
    ],
  ])("%s", (_case, recurring, after, expected) => {
    expect(nextOccurrence(recurring, at(after), longAgo)?.toISOString()).toBe(expected);
  });
});

describe("series that end", () => {
  const weekly3 = series("FREQ=WEEKLY;COUNT=3", "Europe/Berlin", "2028-01-03T08:00:00Z");

  it("COUNT counts from the series' first occurrence, not from the task being completed", () => {
    expect(nextOccurrence(weekly3, at("2028-01-10T08:00:00Z"), longAgo)?.toISOString()).toBe(
      "2028-01-17T08:00:00.000Z",
    );
    expect(nextOccurrence(weekly3, at("2028-01-17T08:00:00Z"), longAgo)).toBeNull();
  });

  it.each([
    [
      "a UTC UNTIL is an instant",
      "FREQ=DAILY;UNTIL=20280105T080000Z",
      "2028-01-04T08:00:00Z",
      "2028-01-05T08:00:00.000Z",
    ],
    [
      "a UTC UNTIL before the next occurrence ends the series",
      "FREQ=DAILY;UNTIL=20280105T075959Z",
      "2028-01-04T08:00:00Z",
      null,
    ],
    [
      "a date-only UNTIL includes that whole day",
      "FREQ=DAILY;UNTIL=20280105",
      "2028-01-04T08:00:00Z",
      "2028-01-05T08:00:00.000Z",
    ],
    ["a date-only UNTIL ends after that day", "FREQ=DAILY;UNTIL=20280105", "2028-01-05T08:00:00Z", null],
  ])("%s", (_case, rrule, after, expected) => {
    const recurring = series(rrule, "Europe/Berlin", "2028-01-03T08:00:00Z");
    expect(nextOccurrence(recurring, at(after), longAgo)?.toISOString() ?? null).toBe(expected);
  });
});

describe("completing late", () => {
  it("skips the occurrences missed while overdue and never schedules into the past", () => {
    const weekly = series("FREQ=WEEKLY;BYDAY=MO", "Europe/Berlin", "2028-01-03T08:00:00Z");
    const now = at("2028-02-02T12:00:00Z"); // a Wednesday, four weeks late
    expect(nextOccurrence(weekly, at("2028-01-03T08:00:00Z"), now)?.toISOString()).toBe(
      "2028-02-07T08:00:00.000Z",
    );
  });

  it("a late series that has run out of occurrences ends", () => {
    const weekly = series("FREQ=WEEKLY;COUNT=2", "Europe/Berlin", "2028-01-03T08:00:00Z");
    expect(nextOccurrence(weekly, at("2028-01-03T08:00:00Z"), at("2028-02-02T12:00:00Z"))).toBeNull();
  });
});

describe("properties", () => {
  const zones = [
    "Europe/Berlin",
    "America/New_York",
    "Australia/Sydney",
    "Asia/Kolkata",
    "Pacific/Kiritimati",
    "UTC",
  ];

  it("a daily rule is always later than both the due date and now, at the start's wall-clock time", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 5 * 365 }),
        fc.integer({ min: 0, max: 60 * 24 * 400 }),
        (zone, hour, startDay, lateMinutes) => {
          const start = DateTime.fromObject({ year: 2027, month: 1, day: 1, hour }, { zone }).plus({
            days: startDay,
          });
          const after = start.toJSDate();
          const now = start.plus({ minutes: lateMinutes }).toJSDate();
          const next = nextOccurrence(series("FREQ=DAILY", zone, after.toISOString()), after, now)!;
          expect(next.getTime()).toBeGreaterThan(Math.max(after.getTime(), now.getTime()));
          const local = DateTime.fromJSDate(next, { zone });
          // Only a DST gap may move the hour (forward).
          if (local.hour !== start.hour) expect(local.hour).toBe(start.hour + 1);
          expect(next.getTime() - Math.max(after.getTime(), now.getTime())).toBeLessThanOrEqual(
            26 * 60 * 60 * 1000,
          );
        },
      ),
    );
  });
});
