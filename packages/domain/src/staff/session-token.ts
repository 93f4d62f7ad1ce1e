import { randomFillSync } from "node:crypto";
import { encodeBase32LowerCaseNoPadding } from "@oslojs/encoding";
import { sha256Hex } from "../crypto/sha256-hex";

/** 20 random bytes: 160 bits of entropy, 32 base32 characters in the cookie. */
const TOKEN_BYTES = 20;

/** A new secret session token for the cookie; it is never stored, only its hash is. */
export function generateSessionToken(): string {
  const bytes = new Uint8Array(TOKEN_BYTES);
  randomFillSync(bytes);
  return encodeBase32LowerCaseNoPadding(bytes);
}

/** The stored session id: a leaked database row cannot be replayed as a cookie. */
export const sessionIdFromToken = (token: string): string => sha256Hex(token);
