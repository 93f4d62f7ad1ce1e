import { Entity, Index, ManyToOne, Property, type Opt } from "@mikro-orm/core";
import { instant } from "./column-types";
import { TimestampedEntity } from "./entity-base";
import { DevicePlatform } from "./enums";
import { User } from "./user.entity";

/** A push target: one registration token of one app install. */
@Entity({ tableName: "devices" })
@Index({ name: "idx_devices_user", properties: ["user"] })
export class Device extends TimestampedEntity {
  @ManyToOne(() => User, { deleteRule: "cascade" })
  user!: User;

  /** FCM/APNs registration token; a token moves to whichever user registered it last. */
  @Property({ type: "text", unique: "devices_token_unique" })
  token!: string;

  @Property({ type: "string", length: 10 })
  platform!: DevicePlatform;

  @Property(instant({ defaultRaw: "now()" }))
  lastSeenAt: Date & Opt = new Date();
}
