import { type EntityManager } from "@mikro-orm/postgresql";
import { reminderLatenessLimitMs } from "./reminder-decision";
import { addTally, emptyReminderTally, type ReminderRunOptions, type ReminderTally } from "./reminder-tally";

/** What one batch is given: its transaction, the run's settings and a tally to count its decisions in. */
export interface ReminderBatch<Cursor> {
  tx: EntityManager;
  cursor: Cursor;
  now: Date;
  batchSize: number;
  latenessLimitMs: number;
  tally: ReminderTally;
}

/**
 * Runs `settleBatch` in one transaction per batch, each claiming up to `batchSize` reminders after the
 * previous batch's cursor, until one comes back short (or the run is aborted). Walking on by cursor keeps
 * reminders that wait (quiet hours) from filling every batch and starving those behind them. A batch's
 * counts join the tally only once it has committed.
 */
export async function settleInBatches<Cursor>(
  em: EntityManager,
  options: ReminderRunOptions,
  start: Cursor,
  settleBatch: (batch: ReminderBatch<Cursor>) => Promise<{ claimed: number; last: Cursor | undefined }>,
): Promise<ReminderTally> {
  const now = options.now ?? new Date();
  const batchSize = options.batchSize ?? 100;
  const latenessLimitMs = options.latenessLimitMs ?? reminderLatenessLimitMs;
  const tally = emptyReminderTally();
  let cursor = start;
  while (!options.signal?.aborted) {
    const batchTally = emptyReminderTally();
    const { claimed, last } = await em
      .fork()
      .transactional((tx) => settleBatch({ tx, cursor, now, batchSize, latenessLimitMs, tally: batchTally }));
    addTally(tally, batchTally);
    if (last === undefined || claimed < batchSize) break;
    cursor = last;
  }
  return tally;
}
