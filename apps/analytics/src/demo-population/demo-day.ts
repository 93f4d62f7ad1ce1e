import { type DateTime } from "luxon";

/** One calendar day of a demo user, worked out once with Luxon in their zone; instants on it are cheap. */
export interface DemoDay {
  /** Days since the user signed up (0: the sign-up day). */
  index: number;
  date: string;
  /** 1 Monday ... 7 Sunday. */
  weekday: number;
  dayOfMonth: number;
  /** The instant the day starts in the user's zone. */
  startMs: number;
}

const HOUR_MS = 60 * 60 * 1000;

export function demoDayOf(signUpDay: DateTime, index: number): DemoDay {
  const day = signUpDay.plus({ days: index });
  return {
    index,
    date: day.toISODate()!,
    weekday: day.weekday,
    dayOfMonth: day.day,
    startMs: day.toMillis(),
  };
}

/**
 * An instant at a wall-clock time of the day. Hours stop at 22, so a daylight-saving shift (at most an hour,
 * at night) can move the time but never onto the next day: the user's calendar day stays the one meant.
 */
export const instantOn = (day: DemoDay, hour: number, minute: number): Date =>
  new Date(day.startMs + Math.min(hour, 22) * HOUR_MS + minute * 60_000);
