import { describe, expect, it } from "vitest";
import { calendarOf } from "./user-calendar";

describe("calendarOf", () => {
  it.each([
    ["no setting", {}, "MON"],
    ["a Sunday start", { weekStartsOn: "SUN" }, "SUN"],
    ["an unknown value", { weekStartsOn: "Sunday" }, "MON"],
    ["a number", { weekStartsOn: 0 }, "MON"],
    ["settings that are not an object", null, "MON"],
  ])("reads the week start from %s", (_case, settings, weekStartsOn) => {
    expect(
      calendarOf({
        timezone: "Asia/Kolkata",
        dayStartTime: "00:00:00",
        settings: settings as Record<string, unknown>,
      }),
    ).toEqual({ zone: "Asia/Kolkata", dayStartsAt: "00:00", weekStartsOn });
  });

  it("reads the day start from the stored time of day, without its seconds", () => {
    expect(calendarOf({ timezone: "Asia/Kolkata", dayStartTime: "03:30:00", settings: {} }).dayStartsAt).toBe(
      "03:30",
    );
  });
});
