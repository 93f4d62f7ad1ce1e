import { invalidInput } from "../errors/domain-error";
import { isUuid } from "../ids/uuid";

/**
 * A position in the task list order: due date ascending with undated tasks last, then id. The same
 * order as the Redis sorted sets (score = due date, ties by member), so both paths page alike.
 */
export interface TaskListPosition {
  /** Due date in epoch milliseconds; null for an undated task. */
  due: number | null;
  id: string;
}

export const positionOf = (task: { id: string; dueAt?: Date | null }): TaskListPosition => ({
  due: task.dueAt ? task.dueAt.getTime() : null,
  id: task.id,
});

/** Opaque to clients: base64url of the position. */
export const encodeTaskCursor = (position: TaskListPosition): string =>
  Buffer.from(JSON.stringify([position.due, position.id])).toString("base64url");

export function decodeTaskCursor(cursor: string, field = "after"): TaskListPosition {
  try {
    const [due, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown[];
    if ((due === null || Number.isSafeInteger(due)) && typeof id === "string" && isUuid(id)) {
      return { due: due as number | null, id };
    }
  } catch {
    // fall through: not one of our cursors
  }
  throw invalidInput([{ field, message: "is not a cursor from this list" }]);
}

/** Sorts like the list: by due date with undated last, then by id. */
export function comparePositions(a: TaskListPosition, b: TaskListPosition): number {
  const dueA = a.due ?? Number.POSITIVE_INFINITY;
  const dueB = b.due ?? Number.POSITIVE_INFINITY;
  if (dueA !== dueB) return dueA < dueB ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
