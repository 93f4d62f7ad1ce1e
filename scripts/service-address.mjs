// Where a backing service is expected, read from its connection URL, and whether
// that place is this machine (the only case where the scripts may start or install it).
import net from "node:net";

const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost", "::1"]);

/** `{ host, port, variable }` from a URL such as `postgres://postgres@127.0.0.1:5432/momentum`. */
export function serviceAddress(variable, url, defaultPort) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`${variable} is not a valid URL: "${url}"`);
  }
  // URL keeps the brackets of an IPv6 literal ("[::1]"); sockets want the bare address.
  const host = parsed.hostname.replace(/^\[(.*)\]$/, "$1");
  if (host === "") throw new Error(`${variable} has no host: "${url}"`);
  const port = parsed.port === "" ? defaultPort : Number(parsed.port);
  return { host, port, variable };
}

export function isLocalHost(host) {
  return LOCAL_HOSTS.has(host.toLowerCase());
}

export function formatAddress({ host, port }) {
  return host.includes(":") ? `[${host}]:${port}` : `${host}:${port}`;
}

/** Resolves true when a TCP connection opens within `timeoutMs`, false otherwise. */
export function isReachable({ host, port }, timeoutMs = 1500) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const finish = (reachable) => {
      socket.destroy();
      resolve(reachable);
    };
    socket.setTimeout(timeoutMs, () => finish(false));
    socket.once("connect", () => finish(true));
    socket.once("error", () => finish(false));
  });
}

/** Polls until the address accepts connections; false once `timeoutMs` has passed. */
export async function waitUntilReachable(address, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await isReachable(address)) return true;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return isReachable(address);
}
