import { type EntityManager } from "@mikro-orm/postgresql";
import { type Redis } from "ioredis";
import { type AccessTokens } from "./access-token";

/** What the identity services need besides their input: storage, the token issuer and the security knobs. */
export interface IdentityContext {
  em: EntityManager;
  redis: Redis;
  accessTokens: AccessTokens;
  bcryptCost: number;
  /** A session not used for this many days ends. */
  refreshTokenTtlDays: number;
  /** However often it is refreshed, a session ends this many days after sign-in. */
  sessionMaxLifetimeDays: number;
  /** How long a just-spent refresh token still returns the pair it was exchanged for. */
  refreshGraceSeconds: number;
  /** Server key deriving each rotated refresh token from the previous one. */
  refreshRotationKey: string;
}

/** Where a sign-in comes from, kept on the session for the user's device list and for audits. */
export interface ClientInfo {
  deviceId?: string | null;
  userAgent?: string | null;
  ip?: string | null;
}
