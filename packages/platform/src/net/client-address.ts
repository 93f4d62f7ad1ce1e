import { timingSafeEqual } from "node:crypto";
import { BlockList, isIP } from "node:net";

/** How far to believe X-Forwarded-For: not at all (the default), a fixed number of proxies, or proxies by range. */
export type ForwardedTrust = { hops: number } | { proxies: BlockList };

/** An IPv4-mapped IPv6 address (`::ffff:1.2.3.4`, as dual-stack sockets report IPv4 peers) as plain IPv4. */
export function plainAddress(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped ? mapped[1]! : address;
}

const familyOf = (address: string) => (isIP(address) === 6 ? "ipv6" : "ipv4");

/** Parses "10.0.0.0/8, fd00::/8, 192.0.2.7" into a list; throws on anything else. */
export function addressRanges(ranges: readonly string[]): BlockList {
  const list = new BlockList();
  for (const range of ranges) {
    const [address = "", prefix] = range.split("/");
    if (isIP(address) === 0) throw new Error(`${range} is not an address or range`);
    const type = familyOf(address);
    if (prefix === undefined) list.addAddress(address, type);
    else {
      const bits = Number(prefix);
      if (!Number.isInteger(bits) || bits < 0 || bits > (type === "ipv6" ? 128 : 32)) {
        throw new Error(`${range} has no valid prefix length`);
      }
      list.addSubnet(address, bits, type);
    }
  }
  return list;
}

/**
 * The client's address: the socket peer, or, behind trusted proxies, the X-Forwarded-For entry they
 * appended. Each proxy appends the address it saw on the right, so only entries counted from the right
 * are the proxies' word; anything further left was written by the client and is never used.
 */
export function clientAddressOf(
  peer: string | undefined,
  forwardedFor: string | null,
  trust: ForwardedTrust,
): string | undefined {
  const entries = (forwardedFor ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "");
  let address = peer === undefined ? undefined : plainAddress(peer);
  if ("hops" in trust) {
    if (trust.hops === 0 || entries.length === 0) return address;
    // Fewer entries than proxies: the request met fewer of them, and the leftmost came from the first it met.
    const entry = entries[Math.max(0, entries.length - trust.hops)]!;
    return isIP(entry) === 0 ? address : plainAddress(entry);
  }
  while (address !== undefined && isIP(address) !== 0 && trust.proxies.check(address, familyOf(address))) {
    const next = entries.pop();
    if (next === undefined || isIP(next) === 0) break;
    address = plainAddress(next);
  }
  return address;
}

/** What limits count per address: IPv4 addresses one by one, IPv6 per /64 (one subscriber's usual share). */
export function addressBlockOf(address: string): string {
  const plain = plainAddress(address);
  if (isIP(plain) !== 6) return plain;
  const [head = "", tail = ""] = plain.toLowerCase().split("::");
  const headGroups = head === "" ? [] : head.split(":");
  const tailGroups = plain.includes("::") ? (tail === "" ? [] : tail.split(":")) : [];
  const groups = plain.includes("::")
    ? [...headGroups, ...Array<string>(8 - headGroups.length - tailGroups.length).fill("0"), ...tailGroups]
    : headGroups;
  return `${groups
    .slice(0, 4)
    .map((group) => Number.parseInt(group, 16).toString(16))
    .join(":")}::/64`;
}

/**
 * A front end that proxies requests (the dashboard) names its caller's address in this header and proves
 * with the shared secret that it is the front end: only then is the address believed.
 */
export const VOUCHED_ADDRESS_HEADER = "x-vouched-client-address";
export const VOUCHING_SECRET_HEADER = "x-vouching-secret";

const sameSecret = (given: string | null, expected: string) =>
  given !== null &&
  Buffer.byteLength(given) === Buffer.byteLength(expected) &&
  timingSafeEqual(Buffer.from(given), Buffer.from(expected));

/** The address a request's proxy vouches for, if it carries the shared secret. */
export function vouchedAddressOf(headers: Headers, secret: string): string | undefined {
  const address = headers.get(VOUCHED_ADDRESS_HEADER)?.trim();
  if (!address || isIP(address) === 0) return undefined;
  return sameSecret(headers.get(VOUCHING_SECRET_HEADER), secret) ? plainAddress(address) : undefined;
}

/** The headers a proxy sends on: the client's own copies of the vouching headers never pass. */
export function vouchFor(headers: Headers, address: string | undefined, secret: string | undefined): Headers {
  const forwarded = new Headers(headers);
  forwarded.delete(VOUCHED_ADDRESS_HEADER);
  forwarded.delete(VOUCHING_SECRET_HEADER);
  if (address !== undefined && secret !== undefined) {
    forwarded.set(VOUCHED_ADDRESS_HEADER, address);
    forwarded.set(VOUCHING_SECRET_HEADER, secret);
  }
  return forwarded;
}
