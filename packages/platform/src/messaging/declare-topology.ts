import { type Connection } from "rabbitmq-client";
import { delayQueueName, type BrokerTopology, type ConsumerQueue } from "./broker-topology";

type ExchangeDeclaration = Parameters<Connection["exchangeDeclare"]>[0];
type QueueDeclaration = Parameters<Connection["queueDeclare"]>[0] & { queue: string };
type QueueBinding = Parameters<Connection["queueBind"]>[0];

export interface TopologyDeclarations {
  exchanges: ExchangeDeclaration[];
  queues: QueueDeclaration[];
  bindings: QueueBinding[];
}

const quorumQueue = (queue: string): QueueDeclaration => ({
  queue,
  durable: true,
  arguments: { "x-queue-type": "quorum" },
});

/** A classic queue that holds a message for `delayMs`, then dead-letters it back to `queue`. */
const delayQueue = (queue: string, delayMs: number): QueueDeclaration => ({
  queue: delayQueueName(queue, delayMs),
  durable: true,
  arguments: {
    "x-message-ttl": delayMs,
    "x-dead-letter-exchange": "",
    "x-dead-letter-routing-key": queue,
  },
});

function consumerDeclarations(consumer: ConsumerQueue): Pick<TopologyDeclarations, "queues" | "bindings"> {
  const delays = [...new Set(consumer.retryDelaysMs)];
  return {
    queues: [
      quorumQueue(consumer.name),
      quorumQueue(consumer.deadQueue),
      ...delays.map((delayMs) => delayQueue(consumer.name, delayMs)),
    ],
    bindings: consumer.bindings.map((routingKey) => ({
      queue: consumer.name,
      exchange: consumer.exchange,
      routingKey,
    })),
  };
}

/** The whole broker layout as data: what `declareTopology` creates and `deleteTopology` removes. */
export function topologyDeclarations(topology: BrokerTopology): TopologyDeclarations {
  const alternate = { "alternate-exchange": topology.unroutableExchange };
  const consumers = Object.values<ConsumerQueue>(topology.consumers).map(consumerDeclarations);
  return {
    exchanges: [
      { exchange: topology.unroutableExchange, type: "fanout", durable: true },
      ...topology.exchanges.map((exchange): ExchangeDeclaration => ({
        exchange,
        type: "topic",
        durable: true,
        arguments: alternate,
      })),
    ],
    queues: [quorumQueue(topology.unroutableQueue), ...consumers.flatMap((consumer) => consumer.queues)],
    bindings: [
      { queue: topology.unroutableQueue, exchange: topology.unroutableExchange, routingKey: "" },
      ...consumers.flatMap((consumer) => consumer.bindings),
    ],
  };
}

/** Creates what is missing; declaring an identical layout again changes nothing. */
export async function declareTopology(rabbit: Connection, topology: BrokerTopology): Promise<void> {
  const { exchanges, queues, bindings } = topologyDeclarations(topology);
  for (const exchange of exchanges) await rabbit.exchangeDeclare(exchange);
  for (const queue of queues) await rabbit.queueDeclare(queue);
  for (const binding of bindings) await rabbit.queueBind(binding);
}

/** Removes every queue and exchange of the namespace, messages included: for tests and teardown. */
export async function deleteTopology(rabbit: Connection, topology: BrokerTopology): Promise<void> {
  const { exchanges, queues } = topologyDeclarations(topology);
  for (const { queue } of queues) await rabbit.queueDelete({ queue });
  for (const { exchange } of exchanges) await rabbit.exchangeDelete({ exchange });
}
