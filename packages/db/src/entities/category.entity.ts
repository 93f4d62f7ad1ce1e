import { Entity, Index, ManyToOne, Property, type Opt } from "@mikro-orm/core";
import { TimestampedEntity } from "./entity-base";
import { CategoryType } from "./enums";
import { User } from "./user.entity";

/** Names are unique per user among live categories; a deleted name can be reused. */
@Entity({ tableName: "categories" })
@Index({
  name: "idx_categories_user_name",
  expression:
    'create unique index "idx_categories_user_name" on "categories" ("user_id", "name") where not "is_deleted"',
})
export class Category extends TimestampedEntity {
  @ManyToOne(() => User, { deleteRule: "cascade" })
  user!: User;

  @Property({ type: "string", length: 50 })
  name!: string;

  /** '#RRGGBB' */
  @Property({ type: "string", length: 7 })
  color!: string;

  @Property({ type: "string", length: 50, nullable: true })
  icon?: string | null;

  @Property({ type: "string", length: 20 })
  type!: CategoryType;

  @Property({ type: "boolean", default: false })
  isDeleted: boolean & Opt = false;
}
