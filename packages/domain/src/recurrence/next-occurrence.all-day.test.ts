import { describe, expect, it } from "vitest";
import { type AllDaySeries, nextOccurrenceDay } from "./next-occurrence";

const allDay = (
  rrule: string,
  start: string,
  anchor: "DUE" | "COMPLETION" = "DUE",
  timezone = "Asia/Tokyo",
) => ({ rule: { rrule, timezone, anchor }, start, occurrence: 1 }) satisfies AllDaySeries;

describe("all-day series advance by calendar dates", () => {
  it.each([
    [
      "daily, completed on its day",
      allDay("FREQ=DAILY", "2028-01-05"),
      "2028-01-05",
      "2028-01-05",
      "2028-01-06",
    ],
    [
      "daily, completed late: today's occurrence has not passed yet",
      allDay("FREQ=DAILY", "2028-01-01"),
      "2028-01-01",
      "2028-01-10",
      "2028-01-10",
    ],
    [
      "completed early: the next after the due date",
      allDay("FREQ=WEEKLY", "2028-01-05"),
      "2028-01-05",
      "2028-01-02",
      "2028-01-12",
    ],
    [
      "BYMONTHDAY=31 skips months without a 31st",
      allDay("FREQ=MONTHLY;BYMONTHDAY=31", "2028-01-31"),
      "2028-01-31",
      "2028-01-31",
      "2028-03-31",
    ],
    [
      "BYMONTHDAY=-1 is the last day of each month",
      allDay("FREQ=MONTHLY;BYMONTHDAY=-1", "2028-01-31"),
      "2028-01-31",
      "2028-01-31",
      "2028-02-29",
    ],
    [
      "every 3 days from the completion",
      allDay("FREQ=DAILY;INTERVAL=3", "2028-01-05", "COMPLETION"),
      "2028-01-05",
      "2028-01-10",
      "2028-01-13",
    ],
    [
      "the rule's zone does not move a date across the date line",
      allDay("FREQ=WEEKLY;BYDAY=MO", "2028-01-03", "DUE", "Pacific/Kiritimati"),
      "2028-01-03",
      "2028-01-03",
      "2028-01-10",
    ],
    [
      "a date-only UNTIL includes that day",
      allDay("FREQ=DAILY;UNTIL=20280106", "2028-01-05"),
      "2028-01-05",
      "2028-01-05",
      "2028-01-06",
    ],
    [
      "and ends after it",
      allDay("FREQ=DAILY;UNTIL=20280106", "2028-01-05"),
      "2028-01-06",
      "2028-01-06",
      null,
    ],
    ["COUNT ends the series", allDay("FREQ=DAILY;COUNT=2", "2028-01-05"), "2028-01-06", "2028-01-06", null],
  ])("%s", (_case, series, after, today, expected) => {
    expect(nextOccurrenceDay(series, after, today)).toBe(expected);
  });
});
