import { type EntityManager } from "@mikro-orm/postgresql";
import { type Redis } from "ioredis";
import { type AccessTokens } from "./access-token";

/** What the identity services need besides their input: storage, the token issuer and the security knobs. */
export interface IdentityContext {
  em: EntityManager;
  redis: Redis;
  accessTokens: AccessTokens;
  bcryptCost: number;
  refreshTokenTtlDays: number;
}

/** Where a sign-in comes from, kept on the session for the user's device list and for audits. */
export interface ClientInfo {
  deviceId?: string | null;
  userAgent?: string | null;
  ip?: string | null;
}
