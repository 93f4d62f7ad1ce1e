import { Entity, Index, ManyToOne, Property, Unique } from "@mikro-orm/core";
import { CreatedEntity } from "./entity-base";
import { ImportJob } from "./import-job.entity";
import { User } from "./user.entity";

/**
 * Which object an imported row became, by the row's stable key in its source file (e.g.
 * `loop:habit:Read`), so importing the same file again finds it and creates nothing twice.
 */
@Entity({ tableName: "import_keys" })
@Unique({ name: "uq_import_keys_user_source_key", properties: ["user", "sourceKey"] })
@Index({ name: "idx_import_keys_job", properties: ["importJob"] })
export class ImportKey extends CreatedEntity {
  @ManyToOne(() => User, { deleteRule: "cascade" })
  user!: User;

  @Property({ type: "string", length: 300 })
  sourceKey!: string;

  /** category, task, habit or goal. */
  @Property({ type: "string", length: 20 })
  objectType!: string;

  @Property({ type: "uuid" })
  objectId!: string;

  @ManyToOne(() => ImportJob, { nullable: true, deleteRule: "set null" })
  importJob?: ImportJob | null;
}
