import { describe, expect, it } from "vitest";
import { isRecurringDateText, todoistRecurrenceOf } from "./todoist-recurrence";

describe("Todoist recurring dates", () => {
  it.each([
    ["every day", "FREQ=DAILY"],
    ["daily", "FREQ=DAILY"],
    ["every 3 days", "FREQ=DAILY;INTERVAL=3"],
    ["every week", "FREQ=WEEKLY"],
    ["every 2 weeks", "FREQ=WEEKLY;INTERVAL=2"],
    ["every other month", "FREQ=MONTHLY;INTERVAL=2"],
    ["every year", "FREQ=YEARLY"],
    ["every monday", "FREQ=WEEKLY;BYDAY=MO"],
    ["Every Mon, Fri", "FREQ=WEEKLY;BYDAY=MO,FR"],
    ["every tuesday and thursday", "FREQ=WEEKLY;BYDAY=TU,TH"],
    ["every weekday", "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"],
  ])("%s is %s", (text, rrule) => {
    expect(todoistRecurrenceOf(text)).toEqual({ rrule, fromCompletion: false });
  });

  it("every! and after count from the completion in Todoist; the rule is kept", () => {
    expect(todoistRecurrenceOf("every! 2 days")).toEqual({
      rrule: "FREQ=DAILY;INTERVAL=2",
      fromCompletion: true,
    });
    expect(todoistRecurrenceOf("after 3 weeks")).toEqual({
      rrule: "FREQ=WEEKLY;INTERVAL=3",
      fromCompletion: true,
    });
  });

  it.each(["every 3rd friday", "every last day", "every day at 9am starting jan 3", "every fortnightish"])(
    "%s does not map",
    (text) => {
      expect(isRecurringDateText(text)).toBe(true);
      expect(todoistRecurrenceOf(text)).toBeNull();
    },
  );

  it("a plain date is not recurring", () => {
    expect(isRecurringDateText("2025-03-01")).toBe(false);
    expect(isRecurringDateText("Every")).toBe(true);
  });
});
