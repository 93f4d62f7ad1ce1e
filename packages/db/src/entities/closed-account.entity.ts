import { Entity, Index, PrimaryKey, Property, type Opt } from "@mikro-orm/core";
import { instant } from "./column-types";

export enum AccountClosedBy {
  User = "user",
  Staff = "staff",
}

/**
 * An account that was deleted: the user row and everything it owned are gone, and this row keeps only
 * that the id existed, when it signed up and when and by whom it was closed (no name, no address), so
 * support can answer "was my account deleted?" from the id the user's app or a receipt shows.
 */
@Entity({ tableName: "closed_accounts" })
@Index({ name: "idx_closed_accounts_closed", properties: ["closedAt", "userId"] })
export class ClosedAccount {
  @PrimaryKey({ type: "uuid" })
  userId!: string;

  @Property(instant())
  signedUpAt!: Date;

  @Property(instant({ defaultRaw: "now()" }))
  closedAt: Date & Opt = new Date();

  @Property({ type: "string", length: 10 })
  closedBy!: AccountClosedBy;
}
