import { type OutboxEvent } from "@momentum/db";
import { type OutgoingMessage } from "@momentum/platform";
import { type MessagingTopology } from "./messaging-topology";
import { type DomainEvent } from "./event-catalogue";
import { notificationAggregateType } from "./outbox";

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

/**
 * Where and as what an outbox row is published: domain events as envelopes to the events exchange,
 * notification messages as their exact body to the notifications exchange; routing key = type.
 */
export function outgoingMessageOf(row: OutboxEvent, topology: MessagingTopology): OutgoingMessage {
  if (row.aggregateType === notificationAggregateType) {
    return { exchange: topology.notificationsExchange, routingKey: row.eventType, body: row.payload };
  }
  return { exchange: topology.eventsExchange, routingKey: row.eventType, body: envelopeOf(row) };
}
