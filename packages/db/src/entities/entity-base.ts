import { randomUUID } from "node:crypto";
import { Entity, PrimaryKey, Property, type Opt } from "@mikro-orm/core";
import { instant } from "./column-types";

/**
 * Ids are generated in the application, so a row's id is known before the insert (events, links).
 * The database default covers inserts that bypass the entity constructor, such as `em.upsert` with plain data.
 */
@Entity({ abstract: true })
export abstract class UuidEntity {
  @PrimaryKey({ type: "uuid", defaultRaw: "gen_random_uuid()" })
  id: string = randomUUID();
}

/** Append-only rows: only a creation time. */
@Entity({ abstract: true })
export abstract class CreatedEntity extends UuidEntity {
  @Property(instant({ defaultRaw: "now()" }))
  createdAt: Date & Opt = new Date();
}

/** Mutable rows: creation time and the time of the last change. */
@Entity({ abstract: true })
export abstract class TimestampedEntity extends CreatedEntity {
  @Property(instant({ defaultRaw: "now()", onUpdate: () => new Date() }))
  updatedAt: Date & Opt = new Date();
}
