import { FrequencyType } from "@momentum/db";
import { z } from "zod";
import { defineEvent } from "./event-definition";

const calendarDate = z.iso.date();

// When the streak events fire (see habits/streak-change.ts): on a change to a habit's logs or
// schedule, comparing the habit before and after it on the same "today" in the user's zone.
// - streak.extended: the current streak grew (a log for today or an open period, or a backfill that
//   joined runs).
// - streak.broken: the streak that was active no longer is (a completion inside it was deleted, turned
//   into a miss, or the schedule changed under it). A streak that lapses only because days pass
//   raises no event: nothing is written then, and reads are computed for today anyway.
export const habitEvents = {
  "habit.created": defineEvent({
    version: 1,
    aggregateType: "habit",
    payload: z.object({
      title: z.string(),
      frequencyType: z.enum(FrequencyType),
      startDate: calendarDate,
      categoryId: z.uuid().nullable(),
    }),
  }),
  /** Details or schedule changed; a new frequency or end date re-reads the habit's whole history. */
  "habit.updated": defineEvent({
    version: 1,
    aggregateType: "habit",
    payload: z.object({
      title: z.string(),
      frequencyType: z.enum(FrequencyType),
      /** The input's names of the fields that changed (frequencyConfig, endDate, title, ...). */
      changedFields: z.array(z.string()).min(1),
    }),
  }),
  "habit.logged": defineEvent({
    version: 1,
    aggregateType: "habit",
    payload: z.object({
      date: calendarDate,
      value: z.number().nullable(),
      mood: z.int().min(1).max(5).nullable(),
      /** False when a measurable habit's value is under its target. */
      counted: z.boolean(),
      /** True when the day already had a log (re-logged or turned from a skip into a completion). */
      replaced: z.boolean(),
      /** The habit's schedule kind, for analytics; absent on events recorded before it was added. */
      frequencyType: z.enum(FrequencyType).optional(),
    }),
  }),
  "habit.skipped": defineEvent({
    version: 1,
    aggregateType: "habit",
    payload: z.object({
      date: calendarDate,
      reason: z.string(),
      /** As on habit.logged. */
      frequencyType: z.enum(FrequencyType).optional(),
    }),
  }),
  "habit.unlogged": defineEvent({
    version: 1,
    aggregateType: "habit",
    payload: z.object({ date: calendarDate, wasSkip: z.boolean() }),
  }),
  "habit.archived": defineEvent({
    version: 1,
    aggregateType: "habit",
    payload: z.object({ title: z.string() }),
  }),
  "habit.unarchived": defineEvent({
    version: 1,
    aggregateType: "habit",
    payload: z.object({ title: z.string() }),
  }),
  /** Deleted for good with its logs and streaks; the goals that linked it are measured again. */
  "habit.deleted": defineEvent({
    version: 1,
    aggregateType: "habit",
    payload: z.object({
      title: z.string(),
      frequencyType: z.enum(FrequencyType),
      /** The goals that linked the habit (the links are gone with it). */
      linkedGoalIds: z.array(z.uuid()),
    }),
  }),
  "streak.extended": defineEvent({
    version: 1,
    aggregateType: "habit",
    payload: z.object({
      currentStreak: z.int().min(1),
      longestStreak: z.int().min(1),
      startDate: calendarDate,
    }),
  }),
  "streak.broken": defineEvent({
    version: 1,
    aggregateType: "habit",
    payload: z.object({
      /** The streak that ended, as it was before the change. */
      length: z.int().min(1),
      startDate: calendarDate,
      endDate: calendarDate,
      currentStreak: z.int().min(0),
    }),
  }),
};
