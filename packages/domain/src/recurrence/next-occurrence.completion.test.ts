import { describe, expect, it } from "vitest";
import { nextOccurrence, type RecurrenceSeries } from "./next-occurrence";

// "Every 3 days after I did it": the rule starts again on the completion's day in the rule's zone.
const fromCompletion = (rrule: string, start: string, occurrence = 1): RecurrenceSeries => ({
  rule: { rrule, timezone: "Asia/Tokyo", anchor: "COMPLETION" },
  start: new Date(start),
  occurrence,
});
const at = (iso: string) => new Date(iso);
// Due on Wednesday 5 January 2028 at 09:00 in Tokyo.
const DUE = "2028-01-05T00:00:00Z";

describe("repeating from the completion", () => {
  it.each([
    [
      "completing on the 10th at 22:00 Tokyo time gives the 13th at the series' 09:00",
      "FREQ=DAILY;INTERVAL=3",
      "2028-01-10T13:00:00Z",
      "2028-01-13T00:00:00.000Z",
    ],
    [
      "completing on the 10th at 06:00, before the series' time, also gives the 13th",
      "FREQ=DAILY;INTERVAL=3",
      "2028-01-09T21:00:00Z",
      "2028-01-13T00:00:00.000Z",
    ],
    [
      "a Monday rule completed on a Monday goes to the next Monday",
      "FREQ=WEEKLY;BYDAY=MO",
      "2028-01-10T03:00:00Z",
      "2028-01-17T00:00:00.000Z",
    ],
    [
      "the 31st from the completion skips months without one",
      "FREQ=MONTHLY;BYMONTHDAY=31",
      "2028-02-10T03:00:00Z",
      "2028-03-31T00:00:00.000Z",
    ],
    [
      "the last day (BYMONTHDAY=-1) from the completion is the end of that month",
      "FREQ=MONTHLY;BYMONTHDAY=-1",
      "2028-02-10T03:00:00Z",
      "2028-02-29T00:00:00.000Z",
    ],
    [
      "an hourly rule counts from the completion minute",
      "FREQ=HOURLY;INTERVAL=4",
      "2028-01-10T13:07:30Z",
      "2028-01-10T17:07:00.000Z",
    ],
  ])("%s", (_case, rrule, completedAt, expected) => {
    const done = at(completedAt);
    // The due date plays no part: only the completion counts.
    expect(nextOccurrence(fromCompletion(rrule, DUE), at(DUE), done)?.toISOString()).toBe(expected);
  });

  it("COUNT counts the occurrences of the series, not restarts", () => {
    const done = at("2028-01-10T13:00:00Z");
    expect(nextOccurrence(fromCompletion("FREQ=DAILY;COUNT=3", DUE, 2), at(DUE), done)).not.toBeNull();
    expect(nextOccurrence(fromCompletion("FREQ=DAILY;COUNT=3", DUE, 3), at(DUE), done)).toBeNull();
  });

  it("UNTIL still ends the series", () => {
    const done = at("2028-01-10T13:00:00Z");
    const until = fromCompletion("FREQ=DAILY;INTERVAL=3;UNTIL=20280112", DUE);
    expect(nextOccurrence(until, at(DUE), done)).toBeNull();
  });

  it("a rule without an anchor (stored before anchors) counts from the due date", () => {
    const legacy: RecurrenceSeries = {
      rule: { rrule: "FREQ=DAILY;INTERVAL=3", timezone: "Asia/Tokyo" },
      start: at(DUE),
    };
    expect(nextOccurrence(legacy, at(DUE), at("2028-01-05T01:00:00Z"))?.toISOString()).toBe(
      "2028-01-08T00:00:00.000Z",
    );
  });
});
