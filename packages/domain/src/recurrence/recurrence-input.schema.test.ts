import { describe, expect, it } from "vitest";
import { recurrenceInputSchema } from "./recurrence-input.schema";

describe("recurrence input", () => {
  it.each([
    ["FREQ=WEEKLY;BYDAY=MO,WE", "FREQ=WEEKLY;BYDAY=MO,WE"],
    ["rrule:freq=monthly;bymonthday=-1", "FREQ=MONTHLY;BYMONTHDAY=-1"],
    ["FREQ=MONTHLY;BYDAY=-1FR;COUNT=12", "FREQ=MONTHLY;BYDAY=-1FR;COUNT=12"],
    ["FREQ=DAILY;UNTIL=20281231T230000Z", "FREQ=DAILY;UNTIL=20281231T230000Z"],
  ])("accepts %s", (rrule, stored) => {
    expect(recurrenceInputSchema.parse({ rrule, timezone: "Europe/Berlin" }).rrule).toBe(stored);
  });

  it.each([
    ["no FREQ", "BYDAY=MO", "FREQ is required"],
    ["an unknown frequency", "FREQ=FORTNIGHTLY", "FREQ=FORTNIGHTLY is not valid"],
    ["a stopwatch frequency", "FREQ=MINUTELY", "FREQ=MINUTELY is not valid"],
    ["an unknown weekday", "FREQ=WEEKLY;BYDAY=XX", "BYDAY=XX is not valid"],
    ["a month day out of range", "FREQ=MONTHLY;BYMONTHDAY=40", "BYMONTHDAY must be within"],
    ["a zero interval", "FREQ=DAILY;INTERVAL=0", "INTERVAL must be within"],
    ["a non-numeric count", "FREQ=DAILY;COUNT=x", "COUNT=X is not valid"],
    ["COUNT with UNTIL", "FREQ=DAILY;COUNT=2;UNTIL=20280101", "COUNT and UNTIL"],
    ["a DTSTART of its own", "DTSTART=20280101T090000;FREQ=DAILY", "DTSTART is not a supported RRULE part"],
    ["a repeated part", "FREQ=DAILY;FREQ=WEEKLY", "FREQ appears twice"],
    ["garbage", "every monday", "is not a supported RRULE part"],
  ])("refuses %s", (_case, rrule, message) => {
    const result = recurrenceInputSchema.safeParse({ rrule });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain(message);
  });

  it("refuses a zone that is not an IANA zone", () => {
    const result = recurrenceInputSchema.safeParse({ rrule: "FREQ=DAILY", timezone: "CET+1" });
    expect(result.error?.issues[0]?.path).toEqual(["timezone"]);
  });
});
