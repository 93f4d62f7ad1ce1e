import { type OutboxEvent } from "@momentum/db";
import { type OutgoingMessage } from "@momentum/platform";
import { type MessagingTopology } from "./messaging-topology";
import { notificationAggregateType } from "./outbox";
import { envelopeOf } from "./outbox-envelope";

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
