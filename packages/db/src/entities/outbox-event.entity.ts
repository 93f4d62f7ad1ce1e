import { BigIntType, Entity, Index, Property, type Opt } from "@mikro-orm/core";
import { instant, jsonb } from "./column-types";
import { CreatedEntity } from "./entity-base";

/**
 * A domain event written in the same transaction as the change it describes, published later by the
 * relay. `id` is the event id and the AMQP messageId consumers de-duplicate on.
 */
@Entity({ tableName: "outbox" })
@Index({
  name: "idx_outbox_unpublished",
  expression:
    'create index "idx_outbox_unpublished" on "outbox" ("occurred_at", "position") where "published_at" is null',
})
// The relay's check that no other relay holds an earlier event of an aggregate it claimed.
@Index({
  name: "idx_outbox_unpublished_aggregate",
  expression:
    'create index "idx_outbox_unpublished_aggregate" on "outbox" ("aggregate_type", "aggregate_id", "occurred_at", "position") where "published_at" is null',
})
export class OutboxEvent extends CreatedEntity {
  /** Insertion order; breaks ties between events of the same instant. Assigned by the database. */
  @Property({
    type: new BigIntType("number"),
    columnType: "bigint",
    generated: "by default as identity",
    autoincrement: true,
  })
  position!: number & Opt;

  @Property({ type: "string", length: 100 })
  eventType!: string;

  @Property({ type: "integer" })
  eventVersion!: number;

  @Property({ type: "string", length: 50 })
  aggregateType!: string;

  @Property({ type: "string", length: 100 })
  aggregateId!: string;

  /** No foreign key: events must outlive the user they are about (e.g. account deletion). */
  @Property({ type: "uuid", nullable: true })
  userId?: string | null;

  @Property(jsonb())
  payload!: Record<string, unknown>;

  @Property(instant())
  occurredAt!: Date;

  @Property(instant({ nullable: true }))
  publishedAt?: Date | null;

  @Property({ type: "integer", default: 0 })
  attempts: number & Opt = 0;

  @Property({ type: "text", nullable: true })
  lastError?: string | null;
}
