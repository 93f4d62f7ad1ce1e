/** One sliding window a call is counted in: `cost` entries in `key`, at most `limit` within `windowMs`. */
export interface WindowCharge {
  key: string;
  windowMs: number;
  limit: number;
  cost: number;
  /** While this key is marked, the window does not apply to the call (and the call is not counted in it). */
  unlessMarked?: string;
}

/** The entries a taken call added, so that it can be given back. */
export interface TakenEntries {
  key: string;
  members: string[];
}

export type WindowDecision =
  { allowed: true; taken: TakenEntries[] } | { allowed: false; retryAfterMs: number };
