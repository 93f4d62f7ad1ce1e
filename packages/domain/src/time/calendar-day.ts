// Calendar days as integers (days since 1970-01-01) with pure arithmetic: no Date, no host zone, and
// fast enough to walk years of history per request. The civil-calendar conversions are Howard
// Hinnant's days_from_civil / civil_from_days algorithms for the proleptic Gregorian calendar.

/** A calendar day as a day number: 0 is 1970-01-01. */
export type DayNumber = number;

export const weekdayNames = ["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"] as const;
export type WeekdayName = (typeof weekdayNames)[number];

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function dayNumberFromParts(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

export function partsOfDay(dayNumber: DayNumber): { year: number; month: number; day: number } {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Parses 'YYYY-MM-DD'; returns null for anything that is not a real calendar date. */
export function parseDayNumber(date: string): DayNumber | null {
  const match = CALENDAR_DATE.exec(date);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return dayNumberFromParts(year, month, day);
}

/** The day number of a date already known to be valid (from the database or a parsed input). */
export function dayNumberOf(date: string): DayNumber {
  // charCode arithmetic: this runs once per log when a habit is evaluated, so it avoids a RegExp.
  const digit = (index: number) => date.charCodeAt(index) - 48;
  const year = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3);
  return dayNumberFromParts(year, digit(5) * 10 + digit(6), digit(8) * 10 + digit(9));
}

export function calendarDateOf(dayNumber: DayNumber): string {
  const { year, month, day } = partsOfDay(dayNumber);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** 0 for Monday .. 6 for Sunday (1970-01-01 was a Thursday). */
export const weekdayIndexOf = (dayNumber: DayNumber): number => (((dayNumber + 3) % 7) + 7) % 7;

export const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
