import { type ReminderDecision, type ReminderSkipReason, reminderSkipReasons } from "./reminder-decision";

/** What one run of a reminder service did: reminders sent, and skipped by reason. Waiting ones are not counted. */
export interface ReminderTally {
  sent: number;
  skipped: Record<ReminderSkipReason, number>;
}

export const emptyReminderTally = (): ReminderTally => ({
  sent: 0,
  skipped: Object.fromEntries(reminderSkipReasons.map((reason) => [reason, 0])) as Record<
    ReminderSkipReason,
    number
  >,
});

export function countDecision(tally: ReminderTally, decision: ReminderDecision): void {
  if (decision.action === "send") tally.sent += 1;
  if (decision.action === "skip") tally.skipped[decision.reason] += 1;
}

export function addTally(into: ReminderTally, from: ReminderTally): void {
  into.sent += from.sent;
  for (const reason of reminderSkipReasons) into.skipped[reason] += from.skipped[reason];
}

/** Options of the reminder services. */
export interface ReminderRunOptions {
  now?: Date;
  /** Reminders claimed, and so locked, per transaction. */
  batchSize?: number;
  latenessLimitMs?: number;
  /** Checked between batches: a stopping scheduler finishes the batch in flight and no more. */
  signal?: AbortSignal;
}
