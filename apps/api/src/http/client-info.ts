import { timingSafeEqual } from "node:crypto";
import { type IncomingMessage } from "node:http";
import { isIP } from "node:net";
import { type ClientInfo } from "@momentum/domain";
import { clientAddressOf, type ForwardedTrust, plainAddress } from "@momentum/platform";

/** The peer address of each request, noted by the server before routing (fetch Requests do not carry it). */
const peerAddresses = new WeakMap<Request, string>();

/** Set by the dashboard's proxy: the address of the staff member's browser, and the secret that vouches for it. */
export const DASHBOARD_CLIENT_ADDRESS_HEADER = "x-momentum-client-address";
export const DASHBOARD_PROXY_SECRET_HEADER = "x-momentum-dashboard-secret";

const sameSecret = (given: string | null, expected: string) =>
  given !== null &&
  Buffer.byteLength(given) === Buffer.byteLength(expected) &&
  timingSafeEqual(Buffer.from(given), Buffer.from(expected));

/** The address the dashboard vouches for, if the request comes from the dashboard. */
function dashboardClientAddress(request: Request, secret: string): string | undefined {
  const address = request.headers.get(DASHBOARD_CLIENT_ADDRESS_HEADER)?.trim();
  if (!address || isIP(address) === 0) return undefined;
  return sameSecret(request.headers.get(DASHBOARD_PROXY_SECRET_HEADER), secret) ? plainAddress(address) : undefined;
}

export function notePeerAddress(
  request: Request,
  incoming: IncomingMessage | undefined,
  trust: { forwardedTrust: ForwardedTrust; dashboardProxySecret: string },
): void {
  const address =
    dashboardClientAddress(request, trust.dashboardProxySecret) ??
    clientAddressOf(incoming?.socket.remoteAddress, request.headers.get("x-forwarded-for"), trust.forwardedTrust);
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
