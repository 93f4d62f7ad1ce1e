import { describe, expect, it } from "vitest";
import { isSessionExpired, sessionExpiresAt, shouldExtendSession } from "./session-expiry";

const lifetime = { days: 30 };
const now = new Date("2030-01-15T12:00:00.000Z");
const daysFromNow = (days: number) => new Date(now.getTime() + days * 24 * 60 * 60 * 1000);

describe("session expiry", () => {
  it("a new session expires one lifetime from now", () => {
    expect(sessionExpiresAt(now, lifetime)).toEqual(new Date("2030-02-14T12:00:00.000Z"));
  });

  it.each([
    { expiresIn: 1, expired: false },
    { expiresIn: 0, expired: true },
    { expiresIn: -1, expired: true },
  ])("a session expiring in $expiresIn day(s) is expired: $expired", ({ expiresIn, expired }) => {
    expect(isSessionExpired(daysFromNow(expiresIn), now)).toBe(expired);
  });

  it.each([
    { expiresIn: 30, extend: false },
    { expiresIn: 15.01, extend: false },
    { expiresIn: 15, extend: false },
    { expiresIn: 14.99, extend: true },
    { expiresIn: 1, extend: true },
  ])("a session expiring in $expiresIn days is extended: $extend", ({ expiresIn, extend }) => {
    expect(shouldExtendSession(daysFromNow(expiresIn), now, lifetime)).toBe(extend);
  });
});
