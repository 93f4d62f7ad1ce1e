export interface MicroBatcher<T, R> {
  /** Resolves with the item's own result once its batch is done, or rejects with its own error. */
  add(item: T): Promise<R>;
}

/**
 * Groups items that arrive while a batch is being processed into the next one: alone, an item goes at
 * once (no added latency); under load, batches grow to `maxSize` and each costs one round instead of one
 * per item. One batch runs at a time. `process` settles each item on its own: a failure of one item
 * rejects that item only.
 */
export function createMicroBatcher<T, R>(options: {
  maxSize: number;
  process: (items: T[]) => Promise<PromiseSettledResult<R>[]>;
}): MicroBatcher<T, R> {
  const waiting: { item: T; resolve: (result: R) => void; reject: (error: unknown) => void }[] = [];
  let running = false;

  async function drain() {
    if (running) return;
    running = true;
    while (waiting.length > 0) {
      const batch = waiting.splice(0, options.maxSize);
      const results = await options
        .process(batch.map((entry) => entry.item))
        .catch((error: unknown) =>
          batch.map((): PromiseRejectedResult => ({ status: "rejected", reason: error })),
        );
      batch.forEach((entry, index) => {
        const result = results[index];
        if (result?.status === "fulfilled") entry.resolve(result.value);
        else entry.reject(result ? result.reason : new Error("the batch gave no result for this item"));
      });
    }
    running = false;
  }

  return {
    add: (item) =>
      new Promise<R>((resolve, reject) => {
        waiting.push({ item, resolve, reject });
        void drain();
      }),
  };
}
