import { createServer, connect, type Socket } from "node:net";
import { type AddressInfo } from "node:net";
import { Redis } from "ioredis";

export interface InterruptibleRedis {
  /** A client of the real Redis, through a link the test can cut; it reconnects by itself once restored. */
  redis: Redis;
  /** Drops every open connection and refuses new ones: to the client, Redis is away. */
  cut(): void;
  restore(): void;
  close(): Promise<void>;
}

/**
 * The real Redis behind a TCP relay the test controls, for what happens while the cache is away and
 * when it comes back. Commands fail at once while it is cut, as with the API's client (no offline queue).
 */
export async function interruptibleRedis(url: string, keyPrefix: string): Promise<InterruptibleRedis> {
  const target = new URL(url);
  const open = new Set<Socket>();
  let up = true;
  const relay = createServer((client) => {
    if (!up) return void client.destroy();
    const upstream = connect(Number(target.port || 6379), target.hostname);
    for (const socket of [client, upstream]) {
      open.add(socket);
      socket.on("error", () => undefined);
      socket.on("close", () => {
        open.delete(socket);
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((listening) => relay.listen(0, "127.0.0.1", listening));
  const relayed = new URL(url);
  relayed.hostname = "127.0.0.1";
  relayed.port = String((relay.address() as AddressInfo).port);
  const redis = new Redis(relayed.toString(), {
    keyPrefix,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    retryStrategy: () => 50,
  });
  redis.on("error", () => undefined); // refused connections while cut are the point
  await new Promise((ready) => redis.once("ready", ready));
  return {
    redis,
    cut() {
      up = false;
      for (const socket of open) socket.destroy();
    },
    restore() {
      up = true;
    },
    async close() {
      redis.disconnect();
      for (const socket of open) socket.destroy();
      await new Promise((closed) => relay.close(closed));
    },
  };
}
