import { type IncomingMessage } from "node:http";
import { type ClientInfo } from "@momentum/domain";

/** The peer address of each request, noted by the server before routing (fetch Requests do not carry it). */
const peerAddresses = new WeakMap<Request, string>();

export function notePeerAddress(
  request: Request,
  incoming: IncomingMessage | undefined,
  trustProxy: boolean,
): void {
  const forwarded = trustProxy ? request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() : undefined;
  const address = forwarded || incoming?.socket.remoteAddress;
  if (address) peerAddresses.set(request, address);
}

/** Who is calling, as far as HTTP tells: kept on sessions, used by rate limits and audit lines. */
export function clientInfoOf(request: Request): ClientInfo {
  return {
    ip: peerAddresses.get(request) ?? null,
    userAgent: request.headers.get("user-agent"),
    deviceId: request.headers.get("x-device-id"),
  };
}
