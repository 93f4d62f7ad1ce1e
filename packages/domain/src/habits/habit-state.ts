import { z } from "zod";
import { type WeekdayName } from "../time/calendar-day";
import { type HabitFrequency } from "./habit-frequency.schema";
import { type HabitTarget } from "./habit-target";
import { evaluateHabit, type HabitEvaluation, type HabitLogFact } from "./streak-engine";
import { checkpointDayAfterWrite, isUsableOn, type StreakCheckpoint } from "./streak-checkpoint";

// A habit's kept state: the streak engine's checkpoint and what it was computed for. Reads and writes
// resume from it with the logs from its day on; whenever it cannot give the answer a walk from the
// start would (another schedule or week start, a day before it, a "today" it is too recent for), they
// walk the whole history instead: the answer wins over the shortcut.

/** Bump when the engine's rules change: every stored checkpoint then counts as computed for something else. */
const ENGINE_RULES_VERSION = 2;

const checkpointSchema = z.object({
  day: z.iso.date(),
  openRun: z
    .object({ startDate: z.iso.date(), endDate: z.iso.date(), length: z.int().positive() })
    .nullable(),
  longestClosed: z.int().nonnegative(),
  score: z.number(),
  completions: z.int().nonnegative(),
  lastCompletedDate: z.iso.date().nullable(),
}) satisfies z.ZodType<StreakCheckpoint>;

/** `habits.streak_checkpoint`. */
export const storedHabitStateSchema = z.object({
  computedFor: z.string(),
  checkpoint: checkpointSchema,
});
export type StoredHabitState = z.infer<typeof storedHabitStateSchema>;

/** What the engine reads of a habit besides its logs. */
export interface HabitSchedule {
  frequency: HabitFrequency;
  /** A numeric habit's target; null for a yes/no habit. */
  target: HabitTarget | null;
  startDate: string;
  endDate: string | null;
}

/** Everything a checkpoint depends on besides the logs, as one comparable string. */
export function computedForOf(schedule: HabitSchedule, weekStartsOn: WeekdayName): string {
  const config = Object.entries(schedule.frequency.config).sort(([a], [b]) => (a < b ? -1 : 1));
  return JSON.stringify([
    ENGINE_RULES_VERSION,
    schedule.frequency.type,
    config,
    schedule.startDate,
    schedule.endDate,
    weekStartsOn,
    schedule.target,
  ]);
}

/** The stored state, or null when there is none or it no longer has the shape this code writes. */
export function readStoredHabitState(stored: unknown): StoredHabitState | null {
  const parsed = storedHabitStateSchema.safeParse(stored);
  return parsed.success ? parsed.data : null;
}

/**
 * Where a read or write on `today` may resume: the stored checkpoint when it was computed for this
 * schedule and week start, is old enough for today's window, and lies on or before `changedDay` (the
 * first day a write changes; undefined for a read, null for a change to the whole history). Null:
 * walk from the habit's start with all its logs.
 */
export function resumePointOf(
  stored: StoredHabitState | null,
  schedule: HabitSchedule,
  weekStartsOn: WeekdayName,
  today: string,
  changedDay?: string | null,
): StreakCheckpoint | null {
  if (!stored || changedDay === null) return null;
  const { checkpoint } = stored;
  if (stored.computedFor !== computedForOf(schedule, weekStartsOn)) return null;
  if (!isUsableOn(checkpoint, schedule.frequency, weekStartsOn, today)) return null;
  if (changedDay !== undefined && changedDay < checkpoint.day) return null;
  return checkpoint;
}

/**
 * Evaluates a habit on `today` from `from` (null: from its start) with its logs from there on; with
 * `keep`, also the checkpoint to store for the next read or write.
 */
export function evaluateFrom(
  schedule: HabitSchedule,
  weekStartsOn: WeekdayName,
  today: string,
  from: StreakCheckpoint | null,
  logs: readonly HabitLogFact[],
  options: { keep?: boolean } = {},
): HabitEvaluation {
  return evaluateHabit({
    ...schedule,
    logs,
    today,
    weekStartsOn,
    ...(from ? { from } : {}),
    ...(options.keep
      ? { checkpointAt: checkpointDayAfterWrite(schedule.frequency, weekStartsOn, today) }
      : {}),
  });
}

/** The state to store after an evaluation made with `keep`. */
export function storedStateOf(
  schedule: HabitSchedule,
  weekStartsOn: WeekdayName,
  evaluation: HabitEvaluation,
): StoredHabitState | null {
  return (
    evaluation.checkpoint && {
      computedFor: computedForOf(schedule, weekStartsOn),
      checkpoint: evaluation.checkpoint,
    }
  );
}

/** The first stored streak row a walk from `from` rewrites: earlier runs ended before it and stay as they are. */
export const firstRewrittenRunStart = (from: StreakCheckpoint | null): string | null =>
  from ? (from.openRun?.startDate ?? from.day) : null;
