import { type User } from "@momentum/db";
import { readUserSettings } from "../identity/user-settings.schema";
import { type WeekdayName } from "../time/calendar-day";
import { type UserDays, userDaysOf } from "../time/user-day";

/** The user's own calendar: their days (zone and day start) and the weekday their weeks start on. */
export interface UserCalendar extends UserDays {
  weekStartsOn: WeekdayName;
}

export function calendarOf(user: Pick<User, "timezone" | "settings" | "dayStartTime">): UserCalendar {
  return { ...userDaysOf(user), weekStartsOn: readUserSettings(user.settings).weekStartsOn };
}
