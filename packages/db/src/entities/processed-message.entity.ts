import { Entity, Index, PrimaryKey, Property, type Opt } from "@mikro-orm/core";
import { instant } from "./column-types";

/**
 * Messages a consumer has already handled. Inserted in the same transaction as the consumer's
 * effects, so a redelivered message is recognised and skipped. Lives in both databases; rows past the
 * redelivery horizon are pruned by the workers (by `processed_at`).
 */
@Entity({ tableName: "processed_messages" })
@Index({ name: "idx_processed_messages_processed_at", properties: ["processedAt"] })
export class ProcessedMessage {
  @PrimaryKey({ type: "string", length: 100 })
  consumer!: string;

  @PrimaryKey({ type: "uuid" })
  messageId!: string;

  @Property(instant({ defaultRaw: "now()" }))
  processedAt: Date & Opt = new Date();
}
