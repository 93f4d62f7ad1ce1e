import { Entity, Index, ManyToOne, Property } from "@mikro-orm/core";
import { instant } from "./column-types";
import { CreatedEntity } from "./entity-base";
import { User } from "./user.entity";

/**
 * A password-reset link sent by e-mail: single use, short-lived. Only the token's hash is stored; the
 * token itself exists in the e-mail alone.
 */
@Entity({ tableName: "password_reset_tokens" })
@Index({ name: "idx_password_reset_tokens_user", properties: ["user"] })
export class PasswordResetToken extends CreatedEntity {
  @ManyToOne(() => User, { deleteRule: "cascade" })
  user!: User;

  /** Hex SHA-256 of the token. */
  @Property({ type: "string", length: 64, unique: "password_reset_tokens_token_hash_unique" })
  tokenHash!: string;

  @Property(instant())
  expiresAt!: Date;

  /** Set when the token resets the password, or when another reset makes it void. */
  @Property(instant({ nullable: true }))
  usedAt?: Date | null;
}
