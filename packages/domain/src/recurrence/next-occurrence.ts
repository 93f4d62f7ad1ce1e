import { type StoredRecurrenceRule } from "@momentum/db";
import { RRule } from "rrule";
import { type LocalDate } from "../time/local-day";
import { floatingRuleOptions } from "./rrule-text";
import { instantAt, wallClockOf } from "./wall-clock";

/** A recurring series: its rule and the due date of its first occurrence (the rule's DTSTART). */
export interface RecurrenceSeries {
  rule: StoredRecurrenceRule;
  start: Date;
  /** Which occurrence of the series the current one is (1: the first); COUNT of a COMPLETION rule counts these. */
  occurrence?: number;
}

/** A series of all-day occurrences: the same, on calendar dates. */
export interface AllDaySeries {
  rule: StoredRecurrenceRule;
  start: LocalDate;
  occurrence?: number;
}

export type RecurrenceAnchor = "DUE" | "COMPLETION";

/** Rules stored before anchors existed count from the due date. */
export const anchorOf = (rule: StoredRecurrenceRule): RecurrenceAnchor => rule.anchor ?? "DUE";

const DAY_MS = 24 * 60 * 60 * 1000;
const MAX_STEPS = 10_000;

/**
 * The occurrence after the current one (due at `after`), completed or skipped at `now`. Anchored on
 * DUE: the first occurrence of the series strictly after both `after` and `now`, so missed occurrences
 * are skipped. Anchored on COMPLETION: the rule starts again on the day of `now` at the series' time of
 * day ("every 3 days after I did it"). Null once COUNT or UNTIL has ended the series.
 * The rule runs on the zone's wall clock, so 09:00 stays 09:00 there across DST changes.
 */
export function nextOccurrence(series: RecurrenceSeries, after: Date, now: Date): Date | null {
  if (anchorOf(series.rule) === "COMPLETION") return nextAfterCompletion(series, now);
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

/** The rule restarted at `dtstart` (floating), without the COUNT that the series counts itself; null once COUNT is used up. */
function restartedRule(
  rule: StoredRecurrenceRule,
  occurrence: number | undefined,
  dtstart: Date,
): RRule | null {
  const options = floatingRuleOptions(rule.rrule, rule.timezone);
  if (options.count && (occurrence ?? 1) >= options.count) return null;
  return new RRule({ ...options, count: null, dtstart });
}

function nextAfterCompletion(series: RecurrenceSeries, now: Date): Date | null {
  const zone = series.rule.timezone;
  const done = wallClockOf(now, zone);
  const timeOfDay = wallClockOf(series.start, zone);
  const hourly = RRule.parseString(series.rule.rrule).freq === RRule.HOURLY;
  // An hourly rule counts from the completion minute; any other from the completion day at the series' time.
  const dtstart = hourly
    ? new Date(Math.floor(done.getTime() / 60_000) * 60_000)
    : new Date(
        Date.UTC(
          done.getUTCFullYear(),
          done.getUTCMonth(),
          done.getUTCDate(),
          timeOfDay.getUTCHours(),
          timeOfDay.getUTCMinutes(),
          timeOfDay.getUTCSeconds(),
        ),
      );
  const rule = restartedRule(series.rule, series.occurrence, dtstart);
  let cursor: Date | null = dtstart;
  for (let step = 0; step < MAX_STEPS && rule && cursor; step++) {
    cursor = rule.after(cursor, false);
    if (!cursor) return null;
    const occurrence = instantAt(cursor, zone);
    if (occurrence.getTime() > now.getTime()) return occurrence;
  }
  return null;
}

const floatingDay = (day: LocalDate) => new Date(`${day}T00:00:00.000Z`);
const dayOf = (floating: Date): LocalDate => floating.toISOString().slice(0, 10);

/**
 * The all-day occurrence after the current one (on `after`), completed or skipped on the user's
 * `today`: the rule runs on calendar dates, so no zone or DST can move it. Anchored on DUE: the first
 * date after `after` that is not before today (an occurrence due today has not passed yet). Anchored
 * on COMPLETION: the rule starts again on today. Null once COUNT or UNTIL has ended the series.
 */
export function nextOccurrenceDay(
  series: AllDaySeries,
  after: LocalDate,
  today: LocalDate,
): LocalDate | null {
  const completion = anchorOf(series.rule) === "COMPLETION";
  const rule = completion
    ? restartedRule(series.rule, series.occurrence, floatingDay(today))
    : new RRule({
        ...floatingRuleOptions(series.rule.rrule, series.rule.timezone),
        dtstart: floatingDay(series.start),
      });
  const yesterday = dayOf(new Date(floatingDay(today).getTime() - DAY_MS));
  // The answer is the first date of the rule strictly after this one.
  const floor = completion ? today : after > yesterday ? after : yesterday;
  let cursor: Date | null = floatingDay(floor);
  for (let step = 0; step < MAX_STEPS && rule && cursor; step++) {
    cursor = rule.after(cursor, false);
    if (!cursor) return null;
    const day = dayOf(cursor);
    if (day > floor) return day;
  }
  return null;
}
