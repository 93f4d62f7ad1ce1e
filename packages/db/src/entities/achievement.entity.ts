import { Entity, Property } from "@mikro-orm/core";
import { jsonb } from "./column-types";
import { CreatedEntity } from "./entity-base";

/** Catalogue entry. `criteria` says what earns it, e.g. { "type": "streak_length", "days": 7 }. */
@Entity({ tableName: "achievements" })
export class Achievement extends CreatedEntity {
  @Property({ type: "string", length: 100 })
  name!: string;

  @Property({ type: "text" })
  description!: string;

  /** tasks | habits | goals | streaks */
  @Property({ type: "string", length: 50 })
  category!: string;

  @Property({ type: "integer" })
  points!: number;

  @Property({ type: "string", length: 50 })
  icon!: string;

  @Property(jsonb())
  criteria!: Record<string, unknown>;
}
