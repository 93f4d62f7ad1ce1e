/**
 * Runs work for the same message id one after another within this process, so two copies of a message
 * delivered at once (a publisher retry after a lost confirm) cannot both push to a device before either
 * has recorded its delivery. Different messages still run concurrently.
 */
export function perMessageQueue() {
  const tails = new Map<string, Promise<unknown>>();
  return async function run<T>(messageId: string, work: () => Promise<T>): Promise<T> {
    const previous = tails.get(messageId) ?? Promise.resolve();
    const current = previous.catch(() => undefined).then(work);
    tails.set(messageId, current);
    try {
      return await current;
    } finally {
      if (tails.get(messageId) === current) tails.delete(messageId);
    }
  };
}
