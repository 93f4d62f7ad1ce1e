import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calendarDateOf, dayNumberOf, parseDayNumber, weekdayIndexOf } from "./calendar-day";

const utcDate = (dayNumber: number) => new Date(dayNumber * 86_400_000).toISOString().slice(0, 10);

describe("calendar day numbers", () => {
  it("agree with the proleptic Gregorian calendar for every day from 1900 to 2400", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: dayNumberOf("1900-01-01"), max: dayNumberOf("2400-12-31") }),
        (dayNumber) => {
          expect(calendarDateOf(dayNumber)).toBe(utcDate(dayNumber));
          expect(dayNumberOf(utcDate(dayNumber))).toBe(dayNumber);
          expect(weekdayIndexOf(dayNumber)).toBe((new Date(dayNumber * 86_400_000).getUTCDay() + 6) % 7);
        },
      ),
      { numRuns: 5000 },
    );
  });

  it.each([
    ["1970-01-01", 0],
    ["2000-02-29", 11016],
    ["1969-12-31", -1],
  ])("%s is day %i", (date, dayNumber) => {
    expect(dayNumberOf(date)).toBe(dayNumber);
  });

  it.each(["2026-02-29", "2100-02-29", "2026-13-01", "2026-04-31", "2026-00-10", "26-01-01", "2026-1-1", ""])(
    "parseDayNumber refuses %j",
    (date) => {
      expect(parseDayNumber(date)).toBeNull();
    },
  );

  it("parseDayNumber accepts 29 February of a leap year", () => {
    expect(parseDayNumber("2028-02-29")).toBe(dayNumberOf("2028-02-29"));
  });
});
