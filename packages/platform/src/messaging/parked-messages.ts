import { type Connection, type SyncMessage } from "rabbitmq-client";
import { type ConsumerQueue } from "./broker-topology";
import { parkedHeaders } from "./start-consumer";

export interface ParkedMessage {
  messageId: string | undefined;
  reason: string | undefined;
  parkedAt: string | undefined;
  attempts: number | undefined;
  originalRoutingKey: string | undefined;
  body: unknown;
}

/** How far staff operations look into a parked queue. */
const scanLimit = 1_000;

const parkedOf = (message: SyncMessage): ParkedMessage => ({
  messageId: message.messageId,
  reason: message.headers?.[parkedHeaders.reason] as string | undefined,
  parkedAt: message.headers?.[parkedHeaders.parkedAt] as string | undefined,
  attempts: message.headers?.[parkedHeaders.attempts] as number | undefined,
  originalRoutingKey: message.headers?.[parkedHeaders.originalRoutingKey] as string | undefined,
  body: message.body,
});

/**
 * Takes up to `limit` messages off the parked queue without acking them, hands them to `decide`, and
 * closes the channel: every message not acked by `decide` goes back to the queue. RabbitMQ has no
 * "peek", so this is how a queue is read without losing anything.
 */
async function scanParked(
  rabbit: Connection,
  consumer: ConsumerQueue,
  limit: number,
  decide: (messages: SyncMessage[], ack: (message: SyncMessage) => void) => Promise<void>,
): Promise<void> {
  const channel = await rabbit.acquire();
  try {
    const messages: SyncMessage[] = [];
    while (messages.length < limit) {
      const message = await channel.basicGet({ queue: consumer.deadQueue, noAck: false });
      if (!message) break;
      messages.push(message);
    }
    await decide(messages, (message) => channel.basicAck({ deliveryTag: message.deliveryTag }));
  } finally {
    await channel.close();
  }
}

/** The parked messages of a consumer, oldest first, with why they were parked: for the staff dashboard. */
export async function listParkedMessages(
  rabbit: Connection,
  consumer: ConsumerQueue,
  limit = 50,
): Promise<ParkedMessage[]> {
  let parked: ParkedMessage[] = [];
  await scanParked(rabbit, consumer, Math.min(limit, scanLimit), async (messages) => {
    parked = messages.map(parkedOf);
  });
  return parked;
}

/**
 * Sends a parked message back to its consumer's queue as if new (its attempts start again), then removes
 * it from the parked queue. Resolves false when no parked message has that id.
 */
export async function replayParkedMessage(
  rabbit: Connection,
  consumer: ConsumerQueue,
  messageId: string,
): Promise<boolean> {
  let found = false;
  const publisher = rabbit.createPublisher({ confirm: true, maxAttempts: 3 });
  try {
    await scanParked(rabbit, consumer, scanLimit, async (messages, ack) => {
      const message = messages.find((candidate) => candidate.messageId === messageId);
      if (!message) return;
      const { "x-death": _deaths, ...headers } = message.headers ?? {};
      for (const header of Object.values(parkedHeaders)) delete headers[header];
      await publisher.send(
        {
          exchange: "",
          routingKey: consumer.name,
          messageId: message.messageId,
          contentType: message.contentType,
          contentEncoding: message.contentEncoding,
          type: message.type,
          durable: true,
          headers,
        },
        message.body,
      );
      ack(message);
      found = true;
    });
  } finally {
    await publisher.close();
  }
  return found;
}

/** Deletes a parked message for good. Resolves false when no parked message has that id. */
export async function dropParkedMessage(
  rabbit: Connection,
  consumer: ConsumerQueue,
  messageId: string,
): Promise<boolean> {
  let found = false;
  await scanParked(rabbit, consumer, scanLimit, async (messages, ack) => {
    const message = messages.find((candidate) => candidate.messageId === messageId);
    if (message) {
      ack(message);
      found = true;
    }
  });
  return found;
}
