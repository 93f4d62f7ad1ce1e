import { type ReminderTally, reminderSkipReasons } from "@momentum/domain";
import { type Registry } from "@momentum/platform";
import { Counter } from "prom-client";

export type ReminderKind = "task" | "habit";

export interface ReminderSchedulerMetrics {
  count(kind: ReminderKind, tally: ReminderTally): void;
  failedRounds: Counter;
}

/** Reminder series on the API's registry: sent, skipped by reason, and rounds that failed. */
export function reminderSchedulerMetrics(registry: Registry): ReminderSchedulerMetrics {
  const sent = new Counter({
    name: "momentum_reminders_sent_total",
    help: "Reminders recorded for push, by kind (task, habit)",
    labelNames: ["kind"],
    registers: [registry],
  });
  const skipped = new Counter({
    name: "momentum_reminders_skipped_total",
    help: "Reminders settled without a push, by kind and reason (disabled, quiet_hours, stale, nothing_to_do)",
    labelNames: ["kind", "reason"],
    registers: [registry],
  });
  const failedRounds = new Counter({
    name: "momentum_reminder_round_failures_total",
    help: "Reminder scheduler rounds that failed and are retried at the next poll",
    registers: [registry],
  });
  // Every series from the start, so a rate over them never starts from a missing sample.
  for (const kind of ["task", "habit"] as const) {
    sent.inc({ kind }, 0);
    for (const reason of reminderSkipReasons) skipped.inc({ kind, reason }, 0);
  }
  return {
    count(kind, tally) {
      sent.inc({ kind }, tally.sent);
      for (const reason of reminderSkipReasons) skipped.inc({ kind, reason }, tally.skipped[reason]);
    },
    failedRounds,
  };
}
