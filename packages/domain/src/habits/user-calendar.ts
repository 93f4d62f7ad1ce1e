import { type User } from "@momentum/db";
import { readUserSettings } from "../identity/user-settings.schema";
import { type WeekdayName } from "../time/calendar-day";

/** The user's own calendar: the zone their days are in and the weekday their weeks start on. */
export interface UserCalendar {
  zone: string;
  weekStartsOn: WeekdayName;
}

export function calendarOf(user: Pick<User, "timezone" | "settings">): UserCalendar {
  return { zone: user.timezone, weekStartsOn: readUserSettings(user.settings).weekStartsOn };
}
