import { calendarDateOf, dayNumberOf, instantOfWallClock, todayIn } from "@momentum/domain";
import { type Clock } from "@momentum/platform";

/**
 * The day calendar tests run on, whenever the run happens: mid-week, with no daylight-saving change
 * within a month of it in the zones the tests use.
 */
export const TEST_DAY = "2030-06-12";

/** Noon on `day` in `zone`: hours from either midnight, so a test that takes a while stays on its day. */
export const noonIn = (zone: string, day: string = TEST_DAY): Date => instantOfWallClock(day, "12:00", zone);

/** The day `offset` days from today in `zone`, by `clock` (negative: in the past). */
export const dayFromToday = (clock: Clock, zone: string, offset: number): string =>
  calendarDateOf(dayNumberOf(todayIn(zone, clock.now())) + offset);
