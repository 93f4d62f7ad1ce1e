import { describe, expect, it } from "vitest";
import { addressBlockOf, addressRanges, clientAddressOf } from "./client-address";

describe("the client address", () => {
  it.each([
    ["no trust: the peer, whatever the header says", "10.0.0.1", "6.6.6.6", { hops: 0 }, "10.0.0.1"],
    [
      "one proxy: the entry it appended, not the client's",
      "10.0.0.1",
      "6.6.6.6, 7.7.7.7, 203.0.113.9",
      { hops: 1 },
      "203.0.113.9",
    ],
    [
      "two proxies: second from the right",
      "10.0.0.1",
      "6.6.6.6, 203.0.113.9, 10.0.0.2",
      { hops: 2 },
      "203.0.113.9",
    ],
    ["one proxy, no header: the peer", "10.0.0.1", null, { hops: 1 }, "10.0.0.1"],
    ["a garbled entry: the peer", "10.0.0.1", "6.6.6.6, not-an-address", { hops: 1 }, "10.0.0.1"],
    ["IPv4-mapped peers read as IPv4", "::ffff:192.0.2.1", null, { hops: 0 }, "192.0.2.1"],
  ])("%s", (_, peer, header, trust, expected) => {
    expect(clientAddressOf(peer, header, trust)).toBe(expected);
  });

  it("with trusted ranges, takes the first address from the right that is not a trusted proxy", () => {
    const proxies = addressRanges(["10.0.0.0/8", "fd00::/8"]);
    expect(clientAddressOf("10.0.0.1", "6.6.6.6, 203.0.113.9, 10.1.2.3", { proxies })).toBe("203.0.113.9");
    expect(clientAddressOf("fd00::1", "2001:db8::5", { proxies })).toBe("2001:db8::5");
    expect(clientAddressOf("198.51.100.4", "6.6.6.6", { proxies })).toBe("198.51.100.4");
    expect(clientAddressOf("10.0.0.1", "10.0.0.2", { proxies })).toBe("10.0.0.2");
  });

  it("refuses ranges that are not ranges", () => {
    expect(() => addressRanges(["10.0.0.0/33"])).toThrow(/prefix/);
    expect(() => addressRanges(["proxy.internal"])).toThrow(/not an address/);
  });
});

describe("the address block limits count", () => {
  it.each([
    ["203.0.113.9", "203.0.113.9"],
    ["::ffff:203.0.113.9", "203.0.113.9"],
    ["2001:db8:1:2:aaaa::1", "2001:db8:1:2::/64"],
    ["2001:0db8:0001:0002:ffff:ffff:ffff:ffff", "2001:db8:1:2::/64"],
    ["2001:db8::1", "2001:db8:0:0::/64"],
    ["::1", "0:0:0:0::/64"],
  ])("%s counts as %s", (address, block) => {
    expect(addressBlockOf(address)).toBe(block);
  });
});
