import {
  clientAddressOf,
  VOUCHED_ADDRESS_HEADER,
  VOUCHING_SECRET_HEADER,
  vouchFor,
} from "@momentum/platform/client-address";
import { adminConfig } from "./config";

/**
 * The headers of a request forwarded to the API: the browser's address (as the dashboard's own proxies
 * report it) vouched for with the shared secret, so the API's per-address limits and audit lines see the
 * staff member rather than the dashboard. Copies of those headers sent by the browser are dropped.
 */
export function headersForApi(incoming: Headers): Headers {
  const address = clientAddressOf(undefined, incoming.get("x-forwarded-for"), {
    hops: adminConfig.trustedProxyHops,
  });
  return vouchFor(incoming, address, adminConfig.proxySecret);
}

/** Only the vouching headers, for the dashboard's own calls to the API while it renders a page. */
export function vouchingHeadersFor(incoming: Headers): Record<string, string> {
  const forwarded = headersForApi(incoming);
  return Object.fromEntries(
    [VOUCHED_ADDRESS_HEADER, VOUCHING_SECRET_HEADER].flatMap((name) => {
      const value = forwarded.get(name);
      return value === null ? [] : [[name, value]];
    }),
  );
}
