import { type Redis } from "ioredis";
import { conflict, invalidInput } from "../errors/domain-error";
import { isUuid } from "../ids/uuid";

/** How long a key remembers its first answer. */
export const IDEMPOTENCY_TTL_SECONDS = 24 * 60 * 60;

type Entry =
  { state: "pending"; fingerprint: string } | { state: "done"; fingerprint: string; response: unknown };

export type IdempotencyClaim = { kind: "claimed" } | { kind: "replay"; response: unknown };

const keyOf = (userId: string, key: string) => `idempotency:${userId}:${key}`;

/**
 * `Idempotency-Key` for mutations: the first request with a key runs and its answer is kept; a retry
 * with the same key, user and request gets that answer and changes nothing. Reusing a key for a
 * different request, or while the first is still running, is a CONFLICT.
 */
export class IdempotencyStore {
  constructor(private readonly redis: Redis) {}

  async claim(userId: string, key: string, fingerprint: string): Promise<IdempotencyClaim> {
    if (!isUuid(key)) throw invalidInput([{ field: "Idempotency-Key", message: "must be a UUID" }]);
    const pending: Entry = { state: "pending", fingerprint };
    const claimed = await this.redis.set(
      keyOf(userId, key),
      JSON.stringify(pending),
      "EX",
      IDEMPOTENCY_TTL_SECONDS,
      "NX",
    );
    if (claimed === "OK") return { kind: "claimed" };

    const stored = await this.redis.get(keyOf(userId, key));
    if (!stored) return this.claim(userId, key, fingerprint); // expired between the two calls
    const entry = JSON.parse(stored) as Entry;
    if (entry.fingerprint !== fingerprint) {
      throw conflict("This Idempotency-Key was used for a different request");
    }
    if (entry.state === "pending") throw conflict("A request with this Idempotency-Key is still in progress");
    return { kind: "replay", response: entry.response };
  }

  async complete(userId: string, key: string, fingerprint: string, response: unknown): Promise<void> {
    const entry: Entry = { state: "done", fingerprint, response };
    await this.redis.set(keyOf(userId, key), JSON.stringify(entry), "EX", IDEMPOTENCY_TTL_SECONDS);
  }

  /** Forgets a claim whose request failed unexpectedly, so the client's retry runs again. */
  async release(userId: string, key: string): Promise<void> {
    await this.redis.del(keyOf(userId, key));
  }
}
