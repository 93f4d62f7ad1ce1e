import { randomFillSync } from "node:crypto";
import { encodeBase32LowerCaseNoPadding } from "@oslojs/encoding";

/** 15 random bytes: 120 bits in 24 characters that are easy to read out and type. */
const PASSWORD_BYTES = 15;

/** A password for a new staff account created without one; it is shown to the creating admin only once. */
export function generateOneTimePassword(): string {
  const bytes = new Uint8Array(PASSWORD_BYTES);
  randomFillSync(bytes);
  return encodeBase32LowerCaseNoPadding(bytes);
}
