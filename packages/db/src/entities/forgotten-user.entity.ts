import { Entity, PrimaryKey, Property, type Opt } from "@mikro-orm/core";
import { instant } from "./column-types";

/**
 * Analytics database: users whose account was deleted. Their rows are removed at once, and an event of
 * theirs that arrives later (a redelivery, a retry, a slow relay) is ignored instead of adding rows back.
 * Holds nothing but the id.
 */
@Entity({ tableName: "forgotten_users" })
export class ForgottenUser {
  @PrimaryKey({ type: "uuid" })
  userId!: string;

  @Property(instant({ defaultRaw: "now()" }))
  forgottenAt: Date & Opt = new Date();
}
