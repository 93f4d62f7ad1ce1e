import { type TakenEntries, type WindowCharge, type WindowDecision } from "./window-charge";

/** Past this many keys, expired ones are swept and, if that is not enough, the oldest are dropped. */
const DEFAULT_MAX_KEYS = 100_000;

interface Entry {
  member: string;
  at: number;
}

/**
 * Sliding-window logs in this process's memory, with the semantics of the Redis script: every charge of
 * a call fits or none is counted. Used while Redis is away, so limits loosen to one process's view rather
 * than to none.
 */
export class InProcessWindows {
  private readonly windows = new Map<string, { entries: Entry[]; windowMs: number }>();
  private readonly marks = new Map<string, number>();
  private sequence = 0;

  constructor(private readonly maxKeys = DEFAULT_MAX_KEYS) {}

  take(charges: readonly WindowCharge[], now: number): WindowDecision {
    const applying = charges.filter((charge) => !this.isMarked(charge.unlessMarked, now));
    let retryAfterMs = 0;
    for (const charge of applying) {
      const entries = this.liveEntries(charge.key, charge.windowMs, now);
      if (entries.length + charge.cost > charge.limit) {
        const oldest = entries[0];
        retryAfterMs = Math.max(retryAfterMs, oldest ? oldest.at + charge.windowMs - now : charge.windowMs);
      }
    }
    if (retryAfterMs > 0) return { allowed: false, retryAfterMs };

    const taken = applying.map((charge) => {
      const window = this.windowOf(charge.key, charge.windowMs);
      const members = Array.from({ length: charge.cost }, () => `local:${++this.sequence}`);
      for (const member of members) window.entries.push({ member, at: now });
      return { key: charge.key, members };
    });
    this.keepBounded(now);
    return { allowed: true, taken };
  }

  /** Removes the entries of a taken call; marks `mark.key` for `mark.ttlMs` if given. */
  giveBack(taken: readonly TakenEntries[], now: number, mark?: { key: string; ttlMs: number }): void {
    for (const { key, members } of taken) {
      const window = this.windows.get(key);
      if (window) window.entries = window.entries.filter((entry) => !members.includes(entry.member));
    }
    if (mark) this.marks.set(mark.key, now + mark.ttlMs);
  }

  private isMarked(key: string | undefined, now: number): boolean {
    if (key === undefined) return false;
    const until = this.marks.get(key);
    if (until === undefined) return false;
    if (until > now) return true;
    this.marks.delete(key);
    return false;
  }

  private windowOf(key: string, windowMs: number) {
    let window = this.windows.get(key);
    if (!window) {
      window = { entries: [], windowMs };
      this.windows.set(key, window);
    }
    window.windowMs = Math.max(window.windowMs, windowMs);
    return window;
  }

  private liveEntries(key: string, windowMs: number, now: number): Entry[] {
    const window = this.windows.get(key);
    if (!window) return [];
    window.entries = window.entries.filter((entry) => entry.at > now - windowMs);
    return window.entries;
  }

  private keepBounded(now: number): void {
    if (this.windows.size + this.marks.size <= this.maxKeys) return;
    for (const [key, window] of this.windows) {
      if (window.entries.every((entry) => entry.at <= now - window.windowMs)) this.windows.delete(key);
    }
    for (const [key, until] of this.marks) if (until <= now) this.marks.delete(key);
    // Maps iterate in insertion order: what remains over the cap goes oldest first.
    for (const map of [this.marks, this.windows] as Map<string, unknown>[]) {
      for (const key of map.keys()) {
        if (this.windows.size + this.marks.size <= this.maxKeys) return;
        map.delete(key);
      }
    }
  }
}
