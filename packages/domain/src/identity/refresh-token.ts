import { randomBytes } from "node:crypto";
import { sha256 } from "@oslojs/crypto/sha2";
import { encodeBase64urlNoPadding, encodeHexLowerCase } from "@oslojs/encoding";

/** 256 random bits, opaque to the client. */
export const generateRefreshToken = (): string => encodeBase64urlNoPadding(randomBytes(32));

/** Only this hash is stored, so a database leak yields no usable token. */
export const hashRefreshToken = (token: string): string =>
  encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
