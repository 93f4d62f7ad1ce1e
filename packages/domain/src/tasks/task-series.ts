import { type EntityManager } from "@mikro-orm/postgresql";
import { type StoredRecurrenceRule, type Task, User } from "@momentum/db";
import { invalidInput } from "../errors/domain-error";
import {
  nextOccurrence,
  nextOccurrenceDay,
  type AllDaySeries,
  type RecurrenceSeries,
} from "../recurrence/next-occurrence";
import { dayBoundsIn, type LocalDate } from "../time/local-day";
import { todayIn } from "../time/today-in";

// A recurring task is one occurrence of a series. Its metadata links the series:
//   seriesId          the same for every occurrence (the first occurrence's id)
//   seriesStart       the first occurrence's due date (an ISO instant, or YYYY-MM-DD for an all-day
//                     series): the rule's DTSTART, so COUNT counts the series
//   occurrence        which occurrence this is (1 when absent): COUNT of a rule anchored on completion
//   nextOccurrenceId  set once the next occurrence exists, so completing again does not add another

/** The stored rule for a recurrence input; without a zone the user's own zone applies. */
export async function recurrenceRuleFor(
  em: EntityManager,
  userId: string,
  recurrence: { rrule: string; timezone?: string | null; anchor?: "DUE" | "COMPLETION" },
): Promise<StoredRecurrenceRule> {
  const timezone =
    recurrence.timezone ?? (await em.findOneOrFail(User, userId, { fields: ["timezone"] })).timezone;
  return { rrule: recurrence.rrule, timezone, anchor: recurrence.anchor ?? "DUE" };
}

/** (Re)starts the series at the task's due date (or all-day date); a recurring task must have one. */
export function anchorSeries(task: Task): void {
  if (!task.recurrenceRule) return;
  if (!task.dueDate && !task.dueOn)
    throw invalidInput([
      { field: "input.dueDate", message: "a recurring task needs a due date (dueDate or dueOn)" },
    ]);
  task.metadata = {
    ...task.metadata,
    seriesId: typeof task.metadata.seriesId === "string" ? task.metadata.seriesId : task.id,
    seriesStart: task.dueDate ? task.dueDate.toISOString() : task.dueOn,
    occurrence: 1,
  };
}

/** What a task's series is read from; a task row carries it as the entity does. */
type SeriesFields = Pick<Task, "recurrenceRule" | "dueDate" | "dueOn" | "metadata">;

const occurrenceOf = (task: SeriesFields) =>
  typeof task.metadata.occurrence === "number" ? task.metadata.occurrence : 1;

export function seriesOf(task: SeriesFields): RecurrenceSeries | null {
  if (!task.recurrenceRule || !task.dueDate) return null;
  const start =
    typeof task.metadata.seriesStart === "string" && task.metadata.seriesStart.includes("T")
      ? new Date(task.metadata.seriesStart)
      : task.dueDate;
  return { rule: task.recurrenceRule, start, occurrence: occurrenceOf(task) };
}

function allDaySeriesOf(task: SeriesFields): AllDaySeries | null {
  if (!task.recurrenceRule || !task.dueOn) return null;
  const stored = task.metadata.seriesStart;
  const start = typeof stored === "string" && !stored.includes("T") ? stored : task.dueOn;
  return { rule: task.recurrenceRule, start, occurrence: occurrenceOf(task) };
}

/** The due date of a task's next occurrence: an instant for a timed series, a date for an all-day one. */
export type NextDue = { dueDate: Date; dueOn: null } | { dueDate: null; dueOn: LocalDate };

/**
 * When the occurrence after this task would be due if it were completed (or skipped) at `now`, the
 * user's day being `today` (all-day series advance by dates); null if the series ends.
 */
export function nextDueOfTask(task: SeriesFields, now: Date, today?: LocalDate): NextDue | null {
  const series = seriesOf(task);
  if (series && task.dueDate) {
    const dueDate = nextOccurrence(series, task.dueDate, now);
    return dueDate ? { dueDate, dueOn: null } : null;
  }
  const allDay = allDaySeriesOf(task);
  if (!allDay || !task.dueOn) return null;
  const dueOn = nextOccurrenceDay(allDay, task.dueOn, today ?? todayIn(allDay.rule.timezone, now));
  return dueOn ? { dueDate: null, dueOn } : null;
}

/**
 * When the occurrence after this task would be due if it were completed at `now`; null if the series
 * ends. An all-day occurrence is given as the start of its day in the rule's zone.
 */
export function nextOccurrenceOfTask(task: SeriesFields, now: Date): Date | null {
  const next = nextDueOfTask(task, now);
  if (!next) return null;
  return next.dueDate ?? dayBoundsIn(task.recurrenceRule!.timezone, next.dueOn).start;
}
