import { type DomainEvent } from "@momentum/domain";

/**
 * The user's calendar day an event counts for in the daily productivity metrics, or undefined when it
 * does not move them. Producers put the user's own day in the payload (the worker does not know
 * anyone's time zone): a task's completion day, a habit log's day, a focus session's day, the day a
 * goal moved.
 */
export function productiveDayOf(event: DomainEvent): string | undefined {
  switch (event.type) {
    case "task.completed":
      return event.payload.completedOn;
    case "habit.logged":
    case "habit.skipped":
    case "habit.unlogged":
      return event.payload.date;
    case "focus.logged":
      return event.payload.loggedOn;
    case "goal.progressed":
      return event.payload.progressedOn;
    default:
      return undefined;
  }
}
