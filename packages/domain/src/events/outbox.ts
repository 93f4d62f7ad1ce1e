import { type EntityManager } from "@mikro-orm/postgresql";
import { OutboxEvent } from "@momentum/db";
import { invalidInput } from "../errors/domain-error";
import { parseInput } from "../errors/zod-fields";
import { awaitReactions } from "./domain-reactions";
import { eventCatalogue, isEventType, type EventPayload, type EventType } from "./event-catalogue";
import { notificationMessageSchema, type NotificationMessage } from "./notification-messages";

export interface EventToRecord<T extends EventType> {
  type: T;
  /** Whose event it is; null for events about no user. */
  userId: string | null;
  /** Id of the aggregate (of the catalogue's aggregate type) the event is about. */
  aggregateId: string;
  payload: EventPayload<T>;
  occurredAt?: Date;
}

/**
 * Adds a domain event to the caller's unit of work: it is written to the outbox by the caller's flush,
 * in the same transaction as the change it describes, and published later by the relay. The caller's
 * settleDomainEvents hands it to the reactions registered for its type. Does not flush.
 */
export function recordEvent<T extends EventType>(em: EntityManager, event: EventToRecord<T>): OutboxEvent {
  if (!isEventType(event.type))
    throw invalidInput([{ field: "type", message: `unknown event type ${String(event.type)}` }]);
  const definition = eventCatalogue[event.type];
  const payload = parseInput(definition.payload, event.payload, "payload") as Record<string, unknown>;
  const row = em.create(OutboxEvent, {
    eventType: event.type,
    eventVersion: definition.version,
    aggregateType: definition.aggregateType,
    aggregateId: event.aggregateId,
    userId: event.userId,
    payload,
    occurredAt: event.occurredAt ?? new Date(),
  });
  em.persist(row);
  awaitReactions(row);
  return row;
}

/** The id of what a notification is about, kept as the outbox row's aggregate id. */
const subjectIdOf = (message: NotificationMessage) => {
  switch (message.type) {
    case "TASK_REMINDER":
      return message.taskId;
    case "HABIT_REMINDER":
      return message.habitId;
    case "ACHIEVEMENT_UNLOCKED":
      return message.achievementId;
    case "DATA_EXPORT_READY":
      return message.exportId;
    case "IMPORT_FINISHED":
      return message.importJobId;
    case "PASSWORD_RESET_EMAIL":
      return message.userId;
  }
};

/** Outbox rows holding a notification message rather than a domain event. */
export const notificationAggregateType = "notification";

/**
 * Adds a notification message (TASK_REMINDER, ...) to the caller's unit of work, so it is sent if and
 * only if the caller's transaction commits. The relay publishes it to the notifications exchange with
 * the document's exact body and the row id as messageId. Does not flush.
 */
export function recordNotification(
  em: EntityManager,
  message: NotificationMessage,
  occurredAt = new Date(),
): OutboxEvent {
  const parsed = parseInput(notificationMessageSchema, message, "message");
  const row = em.create(OutboxEvent, {
    eventType: parsed.type,
    eventVersion: 1,
    aggregateType: notificationAggregateType,
    aggregateId: subjectIdOf(parsed),
    userId: parsed.userId,
    payload: parsed,
    occurredAt,
  });
  em.persist(row);
  return row;
}
