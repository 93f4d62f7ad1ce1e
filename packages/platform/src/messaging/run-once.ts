import { type EntityManager } from "@mikro-orm/postgresql";
import { ProcessedMessage } from "@momentum/db";

/**
 * Runs a consumer's work for one message at most once per consumer. In a single transaction it first
 * records the message in processed_messages, then does the work: a redelivered message finds its row
 * and is skipped, and a failed one leaves neither row nor effects. Two concurrent deliveries of the same
 * message serialise on the row's key, and the second is skipped once the first commits.
 *
 * Resolves true when the work ran, false when the message had already been processed.
 */
export async function runOnce(
  em: EntityManager,
  consumerName: string,
  messageId: string,
  work: (tx: EntityManager) => Promise<void>,
): Promise<boolean> {
  return em.fork().transactional(async (tx) => {
    const claim = await tx
      .createQueryBuilder(ProcessedMessage)
      .insert({ consumer: consumerName, messageId })
      .onConflict(["consumer", "messageId"])
      .ignore()
      .execute<{ affectedRows: number }>("run");
    if (claim.affectedRows === 0) return false;
    await work(tx);
    return true;
  });
}
