import { Entity, Index, ManyToOne, Property, type Opt } from "@mikro-orm/core";
import { instant, jsonb } from "./column-types";
import { CreatedEntity } from "./entity-base";
import { User } from "./user.entity";

export enum ImportJobFormat {
  MomentumJson = "momentum_json",
  TodoistCsv = "todoist_csv",
  LoopCsvZip = "loop_csv_zip",
}

export enum ImportJobStatus {
  Queued = "queued",
  Running = "running",
  Done = "done",
  Failed = "failed",
}

/**
 * A file a user asked to import, processed by a background job: claimed by one API instance at a time
 * (SKIP LOCKED), its progress written as it goes, and the file itself dropped once it is finished.
 */
@Entity({ tableName: "import_jobs" })
@Index({ name: "idx_import_jobs_user_created", properties: ["user", "createdAt"] })
@Index({
  name: "idx_import_jobs_unfinished",
  expression: `create index "idx_import_jobs_unfinished" on "import_jobs" ("created_at") where "status" in ('queued', 'running')`,
})
export class ImportJob extends CreatedEntity {
  @ManyToOne(() => User, { deleteRule: "cascade" })
  user!: User;

  @Property({ type: "string", length: 20 })
  format!: ImportJobFormat;

  @Property({ type: "string", length: 10, default: ImportJobStatus.Queued })
  status: ImportJobStatus & Opt = ImportJobStatus.Queued;

  /** The file as sent (base64 for a zip) until the job finishes; never loaded unless asked for. */
  @Property({ type: "text", nullable: true, lazy: true })
  content?: string | null;

  /** Objects created so far. */
  @Property({ type: "integer", default: 0 })
  created: number & Opt = 0;

  /** Rows that could not be imported, each with a warning. */
  @Property({ type: "integer", default: 0 })
  skipped: number & Opt = 0;

  /** One line per skipped row or odd value, naming its line. */
  @Property(jsonb({ defaultRaw: "'[]'::jsonb" }))
  warnings: string[] & Opt = [];

  /** Times a worker has taken it up: a job whose worker died is taken up again, up to a limit. */
  @Property({ type: "integer", default: 0 })
  attempts: number & Opt = 0;

  /** Written by the worker as it goes: a running job silent for too long lost its worker. */
  @Property(instant({ nullable: true }))
  heartbeatAt?: Date | null;

  @Property(instant({ nullable: true }))
  finishedAt?: Date | null;
}
