import { compare, hash } from "@node-rs/bcrypt";
import { z } from "zod";

const BCRYPT_MAX_BYTES = 72;

/**
 * bcrypt reads only the first 72 bytes, so two long passwords sharing them would be interchangeable:
 * longer passwords are refused rather than silently truncated.
 */
export const passwordSchema = z
  .string()
  .min(10, "must be at least 10 characters")
  .refine((password) => Buffer.byteLength(password, "utf8") <= BCRYPT_MAX_BYTES, {
    message: `must be at most ${BCRYPT_MAX_BYTES} bytes`,
  });

export const hashPassword = (password: string, cost: number): Promise<string> => hash(password, { cost });

export const verifyPassword = (password: string, passwordHash: string): Promise<boolean> =>
  compare(password, passwordHash).catch(() => false);

/** Compared against when the account does not exist, so unknown logins cost as much as wrong passwords. */
const dummyHashes = new Map<number, Promise<string>>();
export function dummyPasswordHash(cost: number): Promise<string> {
  let dummy = dummyHashes.get(cost);
  if (!dummy) {
    dummy = hash("momentum-timing-equaliser", { cost });
    dummyHashes.set(cost, dummy);
  }
  return dummy;
}
