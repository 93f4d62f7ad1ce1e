import { connect, createServer, type Server, type Socket } from "node:net";
import { type AddressInfo } from "node:net";

const SSL_REQUEST_CODE = 80877103;

/**
 * A TCP proxy in front of PostgreSQL that counts the statements clients send: simple queries ('Q')
 * and extended-protocol executions ('E'), read from the client's side of the wire protocol after the
 * startup packet. Counts are exact and need nothing from the code under test.
 */
export interface StatementCountingProxy {
  /** The database URL with host and port replaced by the proxy's. */
  urlFor(databaseUrl: string): string;
  statements(): number;
  close(): Promise<void>;
}

export async function startStatementCountingProxy(target: {
  host: string;
  port: number;
}): Promise<StatementCountingProxy> {
  let statements = 0;
  const sockets = new Set<Socket>();

  const server: Server = createServer((client) => {
    const upstream = connect(target.port, target.host);
    sockets.add(client).add(upstream);
    let startupDone = false;
    let pending = Buffer.alloc(0);
    client.on("data", (chunk: Buffer) => {
      upstream.write(chunk);
      pending = Buffer.concat([pending, chunk]);
      for (;;) {
        if (!startupDone) {
          if (pending.length < 8) return;
          const length = pending.readInt32BE(0);
          if (pending.length < length) return;
          // An SSL request is followed by the real startup packet, also without a type byte.
          startupDone = pending.readInt32BE(4) !== SSL_REQUEST_CODE;
          pending = pending.subarray(length);
          continue;
        }
        if (pending.length < 5) return;
        const length = pending.readInt32BE(1);
        if (pending.length < length + 1) return;
        const type = String.fromCharCode(pending[0]!);
        if (type === "Q" || type === "E") statements++;
        pending = pending.subarray(length + 1);
      }
    });
    upstream.on("data", (chunk: Buffer) => client.write(chunk));
    const end = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on("close", end).on("error", end);
    upstream.on("close", end).on("error", end);
  });
  await new Promise<void>((listening) => server.listen(0, "127.0.0.1", listening));
  const { port } = server.address() as AddressInfo;

  return {
    urlFor(databaseUrl) {
      const url = new URL(databaseUrl);
      url.hostname = "127.0.0.1";
      url.port = String(port);
      return url.toString();
    },
    statements: () => statements,
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise((closed) => server.close(closed));
    },
  };
}
