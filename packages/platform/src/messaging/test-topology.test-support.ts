import { defineTopology, type RetryPolicy } from "./broker-topology";

/** A small layout for the messaging tests: one consumer on the `inbox` exchange, and a `spare` one nobody reads. */
export function testTopology(namespace: string, retryPolicy?: RetryPolicy) {
  return {
    ...defineTopology({
      namespace,
      exchanges: ["inbox", "spare"],
      consumers: { worker: { queue: "worker", exchange: "inbox", bindings: ["#"] } },
      retryPolicy,
    }),
    inbox: `${namespace}.inbox`,
    spare: `${namespace}.spare`,
  };
}
