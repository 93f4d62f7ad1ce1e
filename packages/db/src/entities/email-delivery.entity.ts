import { Entity, Index, Property } from "@mikro-orm/core";
import { CreatedEntity } from "./entity-base";
import { EmailDeliveryStatus } from "./enums";

/**
 * One e-mail sent (or attempted) for one queue message: the unique message id makes a redelivered
 * message send nothing twice. The body is not kept (a reset e-mail carries a secret link).
 */
@Entity({ tableName: "email_deliveries" })
@Index({ name: "idx_email_deliveries_user", properties: ["userId"] })
export class EmailDelivery extends CreatedEntity {
  /** No foreign key: the delivery record is kept even after the user is gone. */
  @Property({ type: "uuid" })
  userId!: string;

  @Property({ type: "uuid", unique: "email_deliveries_message_id_unique" })
  messageId!: string;

  /** The message type, e.g. PASSWORD_RESET_EMAIL. */
  @Property({ type: "string", length: 50 })
  kind!: string;

  @Property({ type: "string", length: 255 })
  recipient!: string;

  @Property({ type: "string", length: 255 })
  subject!: string;

  /** Which gateway sent it: smtp, or recording in tests and development. */
  @Property({ type: "string", length: 20 })
  gateway!: string;

  @Property({ type: "string", length: 20 })
  status!: EmailDeliveryStatus;

  @Property({ type: "text", nullable: true })
  error?: string | null;
}
