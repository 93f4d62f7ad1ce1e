import { setTimeout as sleep } from "node:timers/promises";
import { type MikroORM } from "@mikro-orm/postgresql";
import { type ReminderTally, sendDueHabitReminders, sendDueTaskReminders } from "@momentum/domain";
import { type Clock, type Logger, type Registry, systemClock } from "@momentum/platform";
import { reminderSchedulerMetrics } from "./reminder-scheduler-metrics";

const settledIn = (tally: ReminderTally) =>
  tally.sent + Object.values(tally.skipped).reduce((sum, count) => sum + count, 0);

export interface ReminderSchedulerOptions {
  /** The main database's ORM. */
  orm: MikroORM;
  logger: Logger;
  /** REMINDER_POLL_MS: the pause between rounds. */
  pollIntervalMs: number;
  metrics?: Registry;
  /** Decides which reminders are due; the system clock unless a test sets the time. */
  clock?: Clock;
}

export interface ReminderScheduler {
  /** Finishes the batch in flight, starts no other, and returns once the loop has ended. */
  stop(): Promise<void>;
}

/**
 * Sends due task and habit reminders every `pollIntervalMs`. Every API instance may run one: the domain
 * services claim reminders with SKIP LOCKED and mark them in the transaction that records the push, so
 * each reminder goes out once. A failed round (database away) is logged and tried again at the next poll.
 */
export function startReminderScheduler(options: ReminderSchedulerOptions): ReminderScheduler {
  const { orm, pollIntervalMs } = options;
  const clock = options.clock ?? systemClock;
  const logger = options.logger.child({ component: "reminder-scheduler" });
  const metrics = options.metrics ? reminderSchedulerMetrics(options.metrics) : undefined;
  const stopping = new AbortController();
  const { signal } = stopping;

  async function round() {
    const now = clock.now();
    const tasks = await sendDueTaskReminders(orm.em, { now, signal });
    const habits = await sendDueHabitReminders(orm.em, { now, signal });
    metrics?.count("task", tasks);
    metrics?.count("habit", habits);
    if (settledIn(tasks) + settledIn(habits) > 0) logger.info({ tasks, habits }, "reminders settled");
  }

  // stop() ends the pause early: the sleep rejects with an AbortError, which only means "stop now".
  const pause = () => sleep(pollIntervalMs, undefined, { signal }).catch(() => undefined);

  async function loop() {
    let consecutiveFailures = 0;
    while (!signal.aborted) {
      try {
        await round();
        consecutiveFailures = 0;
      } catch (error) {
        consecutiveFailures += 1;
        metrics?.failedRounds.inc();
        if (consecutiveFailures === 1 || consecutiveFailures % 10 === 0)
          logger.warn(
            { err: error, consecutiveFailures },
            "reminder round failed; retrying at the next poll",
          );
      }
      await pause();
    }
  }

  const running = loop();
  logger.info({ pollIntervalMs }, "reminder scheduler started");
  return {
    async stop() {
      stopping.abort();
      await running;
      logger.info("reminder scheduler stopped");
    },
  };
}
