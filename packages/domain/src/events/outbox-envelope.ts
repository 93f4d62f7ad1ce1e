import { type OutboxEvent } from "@momentum/db";
import { type DomainEvent } from "./event-catalogue";

/** The envelope an outbox row holding a domain event is published as; its id is the AMQP messageId. */
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
