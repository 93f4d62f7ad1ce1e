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

/**
 * `runOnce` for many messages in one transaction: records them all in processed_messages with one
 * statement, then does the work for those not processed before (a message repeated within the batch
 * counts once). Resolves, per message, whether its work ran. A failure fails the whole batch, which
 * leaves neither rows nor effects.
 */
export async function runOnceBatch<T extends { messageId: string }>(
  em: EntityManager,
  consumerName: string,
  messages: readonly T[],
  work: (tx: EntityManager, fresh: T[]) => Promise<void>,
): Promise<boolean[]> {
  return em.fork().transactional(async (tx) => {
    const claimed = await tx.execute<{ message_id: string }[]>(
      `insert into processed_messages (consumer, message_id)
       select ?, id::uuid from jsonb_array_elements_text(?::jsonb) as id
       on conflict (consumer, message_id) do nothing
       returning message_id`,
      [consumerName, JSON.stringify(messages.map((message) => message.messageId))],
    );
    const unclaimed = new Set(claimed.map((row) => row.message_id));
    const ran = messages.map((message) => unclaimed.delete(message.messageId));
    await work(
      tx,
      messages.filter((_, index) => ran[index]),
    );
    return ran;
  });
}
