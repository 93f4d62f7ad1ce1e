import { Entity, Index, ManyToOne, Property, Unique } from "@mikro-orm/core";
import { jsonb } from "./column-types";
import { CreatedEntity } from "./entity-base";
import { Device } from "./device.entity";
import { PushDeliveryStatus } from "./enums";

/**
 * One push sent (or attempted) to one device for one queue message. The unique (message, device)
 * pair makes a redelivered message send nothing twice.
 */
@Entity({ tableName: "push_deliveries" })
@Unique({ properties: ["messageId", "device"] })
@Index({ name: "idx_push_deliveries_user", properties: ["userId"] })
export class PushDelivery extends CreatedEntity {
  /** No foreign key: the delivery record is kept even after the user is gone. */
  @Property({ type: "uuid" })
  userId!: string;

  @ManyToOne(() => Device, { nullable: true, deleteRule: "set null" })
  device?: Device | null;

  @Property({ type: "uuid" })
  messageId!: string;

  @Property({ type: "string", length: 50 })
  notificationType!: string;

  @Property({ type: "string", length: 255 })
  title!: string;

  @Property({ type: "text" })
  body!: string;

  @Property(jsonb())
  data!: Record<string, string>;

  /** Which gateway sent it: fcm, or recording in tests and development. */
  @Property({ type: "string", length: 20 })
  gateway!: string;

  @Property({ type: "string", length: 20 })
  status!: PushDeliveryStatus;

  @Property({ type: "text", nullable: true })
  error?: string | null;
}
