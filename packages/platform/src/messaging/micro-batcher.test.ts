import { describe, expect, it } from "vitest";
import { createMicroBatcher } from "./micro-batcher";

/** A batcher whose batches are recorded and finish only when the test lets them. */
function controlledBatcher(maxSize: number) {
  const batches: number[][] = [];
  const releases: (() => void)[] = [];
  const batcher = createMicroBatcher<number, number>({
    maxSize,
    process: async (items) => {
      batches.push(items);
      await new Promise<void>((release) => releases.push(release));
      return items.map((item) =>
        item < 0
          ? { status: "rejected", reason: new Error(`bad ${item}`) }
          : { status: "fulfilled", value: item * 10 },
      );
    },
  });
  const releaseNext = async () => {
    while (releases.length === 0) await new Promise((tick) => setImmediate(tick));
    releases.shift()!();
  };
  return { batcher, batches, releaseNext };
}

describe("a micro-batcher", () => {
  it("sends a lone item at once, and groups what arrives meanwhile into the next batches of at most maxSize", async () => {
    const { batcher, batches, releaseNext } = controlledBatcher(3);
    const first = batcher.add(1);
    const rest = [2, 3, 4, 5].map((item) => batcher.add(item));
    await releaseNext();
    expect(await first).toBe(10);
    await releaseNext();
    await releaseNext();
    expect(await Promise.all(rest)).toEqual([20, 30, 40, 50]);
    expect(batches).toEqual([[1], [2, 3, 4], [5]]);
  });

  it("rejects only the item that failed, and every item when the whole batch fails", async () => {
    const { batcher, releaseNext } = controlledBatcher(10);
    const [good, bad] = [batcher.add(7), batcher.add(-1)];
    await releaseNext();
    await releaseNext();
    await expect(good).resolves.toBe(70);
    await expect(bad).rejects.toThrow("bad -1");

    const failing = createMicroBatcher<number, number>({
      maxSize: 10,
      process: () => Promise.reject(new Error("database away")),
    });
    await expect(Promise.all([failing.add(1), failing.add(2)])).rejects.toThrow("database away");
  });
});
