import { Entity, Index, ManyToOne, Property } from "@mikro-orm/core";
import { TimestampedEntity } from "./entity-base";
import { User } from "./user.entity";

/** A label the user puts on tasks and habits; names are unique per user whatever their case. */
@Entity({ tableName: "tags" })
@Index({
  name: "idx_tags_user_name",
  expression: 'create unique index "idx_tags_user_name" on "tags" ("user_id", lower("name"))',
})
export class Tag extends TimestampedEntity {
  @ManyToOne(() => User, { deleteRule: "cascade" })
  user!: User;

  @Property({ type: "string", length: 50 })
  name!: string;

  /** '#RRGGBB', or none */
  @Property({ type: "string", length: 7, nullable: true })
  color?: string | null;
}
