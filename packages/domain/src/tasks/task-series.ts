import { type EntityManager } from "@mikro-orm/postgresql";
import { type StoredRecurrenceRule, type Task, User } from "@momentum/db";
import { invalidInput } from "../errors/domain-error";
import { nextOccurrence, type RecurrenceSeries } from "../recurrence/next-occurrence";

// A recurring task is one occurrence of a series. Its metadata links the series:
//   seriesId          the same for every occurrence (the first occurrence's id)
//   seriesStart       the first occurrence's due date: the rule's DTSTART, so COUNT counts the series
//   nextOccurrenceId  set once the next occurrence exists, so completing again does not add another

/** The stored rule for a recurrence input; without a zone the user's own zone applies. */
export async function recurrenceRuleFor(
  em: EntityManager,
  userId: string,
  recurrence: { rrule: string; timezone?: string | null },
): Promise<StoredRecurrenceRule> {
  const timezone =
    recurrence.timezone ?? (await em.findOneOrFail(User, userId, { fields: ["timezone"] })).timezone;
  return { rrule: recurrence.rrule, timezone };
}

/** (Re)starts the series at the task's due date; a recurring task must have one. */
export function anchorSeries(task: Task): void {
  if (!task.recurrenceRule) return;
  if (!task.dueDate)
    throw invalidInput([{ field: "input.dueDate", message: "a recurring task needs a due date" }]);
  task.metadata = {
    ...task.metadata,
    seriesId: typeof task.metadata.seriesId === "string" ? task.metadata.seriesId : task.id,
    seriesStart: task.dueDate.toISOString(),
  };
}

/** What a task's series is read from; a task row carries it as the entity does. */
type SeriesFields = Pick<Task, "recurrenceRule" | "dueDate" | "metadata">;

export function seriesOf(task: SeriesFields): RecurrenceSeries | null {
  if (!task.recurrenceRule || !task.dueDate) return null;
  const start =
    typeof task.metadata.seriesStart === "string" ? new Date(task.metadata.seriesStart) : task.dueDate;
  return { rule: task.recurrenceRule, start };
}

/** When the occurrence after this task would be due if it were completed at `now`; null if the series ends. */
export function nextOccurrenceOfTask(task: SeriesFields, now: Date): Date | null {
  const series = seriesOf(task);
  return series && task.dueDate ? nextOccurrence(series, task.dueDate, now) : null;
}
