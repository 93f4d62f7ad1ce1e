import { Entity, Index, ManyToOne, Property } from "@mikro-orm/core";
import { jsonbObject } from "./column-types";
import { TimestampedEntity } from "./entity-base";
import { User } from "./user.entity";

/** A task list filter the user named and keeps: a TaskFilter as given, checked when saved. */
@Entity({ tableName: "saved_filters" })
@Index({ name: "idx_saved_filters_user", properties: ["user"] })
export class SavedFilter extends TimestampedEntity {
  @ManyToOne(() => User, { deleteRule: "cascade" })
  user!: User;

  @Property({ type: "string", length: 100 })
  name!: string;

  @Property(jsonbObject())
  filter!: Record<string, unknown>;
}
