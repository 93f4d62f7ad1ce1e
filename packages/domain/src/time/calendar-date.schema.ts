import { z } from "zod";
import { parseDayNumber } from "./calendar-day";

/** A calendar date YYYY-MM-DD that exists (no 30 February). */
export const calendarDateSchema = z
  .string()
  .refine((date) => parseDayNumber(date) !== null, { message: "must be a calendar date YYYY-MM-DD" });
