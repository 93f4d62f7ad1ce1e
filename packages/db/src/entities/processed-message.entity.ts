import { Entity, PrimaryKey, Property, type Opt } from "@mikro-orm/core";
import { instant } from "./column-types";

/**
 * Messages a consumer has already handled. Inserted in the same transaction as the consumer's
 * effects, so a redelivered message is recognised and skipped. Lives in both databases.
 */
@Entity({ tableName: "processed_messages" })
export class ProcessedMessage {
  @PrimaryKey({ type: "string", length: 100 })
  consumer!: string;

  @PrimaryKey({ type: "uuid" })
  messageId!: string;

  @Property(instant({ defaultRaw: "now()" }))
  processedAt: Date & Opt = new Date();
}
