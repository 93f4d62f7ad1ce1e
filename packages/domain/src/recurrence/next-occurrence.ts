import { type StoredRecurrenceRule } from "@momentum/db";
import { RRule } from "rrule";
import { floatingRuleOptions } from "./rrule-text";
import { instantAt, wallClockOf } from "./wall-clock";

/** A recurring series: its rule and the due date of its first occurrence (the rule's DTSTART). */
export interface RecurrenceSeries {
  rule: StoredRecurrenceRule;
  start: Date;
}

const DAY_MS = 24 * 60 * 60 * 1000;
const MAX_STEPS = 10_000;

/**
 * The first occurrence of the series strictly after both `after` (the due date just completed) and
 * `now`, so missed occurrences are skipped; null once COUNT or UNTIL has ended the series.
 * The rule runs on the zone's wall clock, so 09:00 stays 09:00 there across DST changes.
 */
export function nextOccurrence(series: RecurrenceSeries, after: Date, now: Date): Date | null {
  const zone = series.rule.timezone;
  const rule = new RRule({
    ...floatingRuleOptions(series.rule.rrule, zone),
    dtstart: wallClockOf(series.start, zone),
  });
  const threshold = Math.max(after.getTime(), now.getTime());
  // Wall clocks and instants can disagree in order by up to a UTC offset change; start a day early.
  let cursor: Date | null = new Date(wallClockOf(new Date(threshold), zone).getTime() - DAY_MS);
  for (let step = 0; step < MAX_STEPS && cursor; step++) {
    cursor = rule.after(cursor, false);
    if (!cursor) return null;
    const occurrence = instantAt(cursor, zone);
    if (occurrence.getTime() > threshold) return occurrence;
  }
  return null;
}
