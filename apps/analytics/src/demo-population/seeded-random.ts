import { createHash } from "node:crypto";

/** A deterministic source of numbers in [0, 1) with the few draws the demo population needs. */
export interface SeededRandom {
  next(): number;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(values: readonly T[]): T;
  /** One of the keys, each as likely as its weight. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K;
}

const digestOf = (seed: number, parts: readonly (string | number)[]) =>
  createHash("sha1")
    .update(`momentum-demo-population:${seed}:${parts.join(":")}`)
    .digest();

/**
 * A stream of its own per (seed, parts), e.g. one per demo user, so a change to what one user does never
 * shifts every other user's draws. mulberry32: tiny, fast and good enough for synthetic data.
 */
export function seededRandom(seed: number, ...parts: (string | number)[]): SeededRandom {
  let state = digestOf(seed, parts).readUInt32LE(0);
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
  const random: SeededRandom = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (probability) => next() < probability,
    pick: (values) => values[Math.floor(next() * values.length)]!,
    weighted: (weights) => {
      const entries = Object.entries(weights) as [keyof typeof weights, number][];
      let left = next() * entries.reduce((sum, [, weight]) => sum + weight, 0);
      for (const [key, weight] of entries) {
        left -= weight;
        if (left < 0) return key;
      }
      return entries.at(-1)![0];
    },
  };
  return random;
}

/** A stable UUID per (seed, parts): seeding again with the same seed names the same rows and events. */
export function seededId(seed: number, ...parts: (string | number)[]): string {
  const hex = digestOf(seed, parts).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
