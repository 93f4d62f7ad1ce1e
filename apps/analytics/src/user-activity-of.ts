import { type DomainEvent } from "@momentum/domain";

export interface ActivityFacts {
  userId: string;
  activityType: string;
  entityType: string;
  entityId: string;
  action: string;
  metadata: Record<string, unknown>;
  eventId: string;
}

/**
 * Text the user wrote stays in the main database: analytics counts behaviour, it does not copy content
 * (a habit skip's `reason` is free text: only whether one was given is kept).
 */
const userWrittenFields = new Set(["title", "description", "notes", "username", "name", "reason"]);

/** What analytics may know about a field of user text: that it was filled in. */
const filledIn: Partial<Record<string, string>> = { reason: "reasonGiven" };

/**
 * The user_activity row an event becomes: `task.completed` about task T is activity "task", action
 * "completed", entity task/T, with the payload's facts (priority, dates, ...) as metadata.
 * Events about no user have nobody to attribute and become nothing.
 */
export function userActivityOf(event: DomainEvent): ActivityFacts | undefined {
  if (event.userId === null) return undefined;
  const separator = event.type.indexOf(".");
  const payload = event.payload as Record<string, unknown>;
  return {
    userId: event.userId,
    activityType: event.type.slice(0, separator),
    action: event.type.slice(separator + 1),
    entityType: event.aggregate.type,
    entityId: event.aggregate.id,
    metadata: {
      version: event.version,
      occurredAt: event.occurredAt,
      ...Object.fromEntries(
        Object.entries(payload).flatMap(([field, value]): [string, unknown][] => {
          if (!userWrittenFields.has(field)) return [[field, value]];
          const flag = filledIn[field];
          return flag ? [[flag, typeof value === "string" && value.trim() !== ""]] : [];
        }),
      ),
    },
    eventId: event.id,
  };
}
