import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

/**
 * Breaks the local RabbitMQ node on purpose, for the broker-failure proofs. Other test runs share the
 * node, so every outage is a few seconds long and the broker is always restored before returning.
 */
const rabbitmqctl = (...args: string[]) => run("rabbitmqctl", args, { timeout: 60_000 });

/** Cuts every client connection; clients see CONNECTION_FORCED and must reconnect by themselves. */
export async function closeAllBrokerConnections(): Promise<void> {
  await rabbitmqctl("close_all_connections", "broker-failure proof");
}

/** Waits until the node accepts work again (await_startup fails for a moment while it registers). */
export async function waitForBroker(timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await rabbitmqctl("await_startup", "--timeout", "10");
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

/** Stops the RabbitMQ application for `downMs`, then starts it again, even if something failed meanwhile. */
export async function restartBrokerApp(downMs: number): Promise<void> {
  try {
    await rabbitmqctl("stop_app");
    await new Promise((resolve) => setTimeout(resolve, downMs));
  } finally {
    await rabbitmqctl("start_app");
    await waitForBroker();
  }
}
