import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { generateSessionToken, sessionIdFromToken } from "./session-token";

describe("session token", () => {
  it("is 32 lowercase base32 characters without padding (20 random bytes)", () => {
    expect(generateSessionToken()).toMatch(/^[a-z2-7]{32}$/);
  });

  it("differs on every call", () => {
    const tokens = new Set(Array.from({ length: 100 }, generateSessionToken));
    expect(tokens.size).toBe(100);
  });
});

describe("session id", () => {
  it("is the lowercase hex SHA-256 of the token", () => {
    expect(sessionIdFromToken("abc")).toBe(
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    );
  });

  it("matches Node's own SHA-256 for a generated token", () => {
    const token = generateSessionToken();
    expect(sessionIdFromToken(token)).toBe(createHash("sha256").update(token).digest("hex"));
  });

  it("never equals the token it was derived from", () => {
    const token = generateSessionToken();
    expect(sessionIdFromToken(token)).not.toContain(token);
  });
});
