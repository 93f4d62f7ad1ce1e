import { type User } from "@momentum/db";
import { z } from "zod";
import { weekdayNames, type WeekdayName } from "../time/calendar-day";

/** The user's own calendar: the zone their days are in and the weekday their weeks start on. */
export interface UserCalendar {
  zone: string;
  weekStartsOn: WeekdayName;
}

// Read defensively until the identity area's settings schema exists: anything unexpected is Monday.
const weekStartSettingSchema = z
  .object({ weekStartsOn: z.enum(weekdayNames).catch("MON") })
  .catch({ weekStartsOn: "MON" as const });

export function calendarOf(user: Pick<User, "timezone" | "settings">): UserCalendar {
  return {
    zone: user.timezone,
    weekStartsOn: weekStartSettingSchema.parse(user.settings ?? {}).weekStartsOn,
  };
}
