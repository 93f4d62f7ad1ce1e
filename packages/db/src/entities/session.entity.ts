import { Entity, Index, ManyToOne, Property, type Opt } from "@mikro-orm/core";
import { instant } from "./column-types";
import { CreatedEntity } from "./entity-base";
import { User } from "./user.entity";

/**
 * A mobile sign-in: one refresh-token family. Each refresh rotates the token; the previous hash is
 * kept so a replayed (stolen) token can be recognised and the whole family revoked.
 */
@Entity({ tableName: "sessions" })
@Index({ name: "idx_sessions_user", properties: ["user"] })
@Index({ name: "idx_sessions_previous_refresh_token_hash", properties: ["previousRefreshTokenHash"] })
export class Session extends CreatedEntity {
  @ManyToOne(() => User, { deleteRule: "cascade" })
  user!: User;

  /** The app's own install id, as sent by the client. */
  @Property({ type: "string", length: 255, nullable: true })
  deviceId?: string | null;

  /** Hex SHA-256 of the current refresh token; the token itself is never stored. */
  @Property({ type: "string", length: 64, unique: "sessions_refresh_token_hash_unique" })
  refreshTokenHash!: string;

  @Property({ type: "string", length: 64, nullable: true })
  previousRefreshTokenHash?: string | null;

  @Property(instant({ nullable: true }))
  rotatedAt?: Date | null;

  @Property({ type: "integer", default: 0 })
  generation: number & Opt = 0;

  @Property({ type: "string", length: 512, nullable: true })
  userAgent?: string | null;

  @Property({ type: "string", length: 64, nullable: true })
  ip?: string | null;

  @Property(instant({ defaultRaw: "now()" }))
  lastActiveAt: Date & Opt = new Date();

  @Property(instant())
  expiresAt!: Date;

  @Property(instant({ nullable: true }))
  revokedAt?: Date | null;

  /** e.g. sign_out, token_reuse, password_changed */
  @Property({ type: "string", length: 50, nullable: true })
  revokedReason?: string | null;
}
