import { type EntityManager } from "@mikro-orm/postgresql";
import { OutboxEvent } from "@momentum/db";
import { invalidInput } from "../errors/domain-error";
import { parseInput } from "../errors/zod-fields";
import { eventCatalogue, isEventType, type DomainEvent, type EventPayload, type EventType } from "./event-catalogue";

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
 * in the same transaction as the change it describes, and published later by the relay. Does not flush.
 */
export function recordEvent<T extends EventType>(em: EntityManager, event: EventToRecord<T>): OutboxEvent {
  if (!isEventType(event.type)) throw invalidInput([{ field: "type", message: `unknown event type ${event.type}` }]);
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
  return row;
}

/** The envelope an outbox row is published as; its id is the AMQP messageId. */
export function envelopeOf(row: OutboxEvent): DomainEvent {
  return {
    id: row.id,
    type: row.eventType,
    version: row.eventVersion,
    occurredAt: row.occurredAt.toISOString(),
    userId: row.userId ?? null,
    aggregate: { type: row.aggregateType, id: row.aggregateId },
    payload: row.payload,
  } as DomainEvent;
}
