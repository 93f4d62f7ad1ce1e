import { type IncomingMessage } from "node:http";
import { type ClientInfo } from "@momentum/domain";
import { clientAddressOf, type ForwardedTrust, vouchedAddressOf } from "@momentum/platform";

/** The peer address of each request, noted by the server before routing (fetch Requests do not carry it). */
const peerAddresses = new WeakMap<Request, string>();

/**
 * The client's address: the one the dashboard vouches for (with the shared secret), else the socket
 * peer or what trusted proxies appended to X-Forwarded-For.
 */
export function notePeerAddress(
  request: Request,
  incoming: IncomingMessage | undefined,
  trust: { forwardedTrust: ForwardedTrust; dashboardProxySecret: string },
): void {
  const address =
    vouchedAddressOf(request.headers, trust.dashboardProxySecret) ??
    clientAddressOf(
      incoming?.socket.remoteAddress,
      request.headers.get("x-forwarded-for"),
      trust.forwardedTrust,
    );
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
