import { describe, expect, it } from "vitest";
import { dayBoundsIn } from "./local-day";
import { todayIn } from "./today-in";

describe("local days", () => {
  it.each([
    ["Pacific/Kiritimati", "2026-11-26T10:30:00Z", "2026-11-27"],
    ["Pacific/Pago_Pago", "2026-11-26T10:30:00Z", "2026-11-25"],
    ["Asia/Kolkata", "2026-11-26T18:29:00Z", "2026-11-26"],
    ["Asia/Kolkata", "2026-11-26T18:30:00Z", "2026-11-27"],
  ])("today in %s at %s is %s", (zone, instant, day) => {
    expect(todayIn(zone, new Date(instant))).toBe(day);
  });

  it("a day across a DST change is 23 or 25 hours long, never a fixed 24", () => {
    const spring = dayBoundsIn("Europe/Berlin", "2026-03-29");
    const autumn = dayBoundsIn("Europe/Berlin", "2026-10-25");
    expect((spring.end.getTime() - spring.start.getTime()) / 3_600_000).toBe(23);
    expect((autumn.end.getTime() - autumn.start.getTime()) / 3_600_000).toBe(25);
    expect(spring.start.toISOString()).toBe("2026-03-28T23:00:00.000Z");
  });

  it("Lord Howe's half-hour DST shift gives a 23.5-hour day", () => {
    const { start, end } = dayBoundsIn("Australia/Lord_Howe", "2026-10-04");
    expect((end.getTime() - start.getTime()) / 3_600_000).toBe(23.5);
  });
});
