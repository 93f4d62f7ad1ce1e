import { type Logger } from "../observability/logger";
import { Client } from "pg";

/** The channel the outbox insert trigger notifies (migration Migration20261126050000 in packages/db). */
export const outboxNotifyChannel = "outbox_pending";

export interface OutboxListener {
  /** True while LISTEN is active; notifications are lost otherwise, and the relay's poll covers the gap. */
  readonly listening: boolean;
  close(): Promise<void>;
}

/**
 * Keeps a dedicated connection LISTENing for new outbox rows and calls `onNotify` for each. After a lost
 * connection it reconnects with backoff, LISTENs again and calls `onNotify` once, since notifications
 * sent while nobody listened are gone.
 */
export function listenForOutboxEvents(options: {
  databaseUrl: string;
  logger: Logger;
  onNotify: () => void;
  maxBackoffMs?: number;
}): OutboxListener {
  const { databaseUrl, logger, onNotify } = options;
  const maxBackoffMs = options.maxBackoffMs ?? 10_000;
  let client: Client | undefined;
  let listening = false;
  let closed = false;
  let failures = 0;
  let retryTimer: NodeJS.Timeout | undefined;

  const scheduleReconnect = () => {
    if (closed || retryTimer) return;
    const delay = Math.min(250 * 2 ** failures, maxBackoffMs);
    failures += 1;
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      void connect();
    }, delay);
  };

  const connect = async () => {
    const candidate = new Client({
      connectionString: databaseUrl,
      application_name: "outbox-relay-listener",
    });
    const lost = (error?: Error) => {
      if (candidate !== client) return;
      listening = false;
      client = undefined;
      candidate.removeAllListeners();
      candidate.on("error", () => undefined); // a dying connection may still report errors
      candidate.end().catch(() => undefined);
      if (!closed) logger.warn({ err: error }, "outbox listener lost its connection; reconnecting");
      scheduleReconnect();
    };
    client = candidate;
    candidate.on("error", lost);
    candidate.on("end", () => lost());
    candidate.on("notification", () => onNotify());
    try {
      await candidate.connect();
      await candidate.query(`LISTEN ${outboxNotifyChannel}`);
      if (closed) return void candidate.end();
      listening = true;
      failures = 0;
      onNotify();
    } catch (error) {
      lost(error as Error);
    }
  };

  void connect();

  return {
    get listening() {
      return listening;
    },
    async close() {
      closed = true;
      listening = false;
      clearTimeout(retryTimer);
      const current = client;
      client = undefined;
      current?.removeAllListeners();
      current?.on("error", () => undefined);
      await current?.end().catch(() => undefined);
    },
  };
}
