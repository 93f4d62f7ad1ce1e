import { ImportJobFormat, ImportJobStatus } from "@momentum/db";
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { DateTimeScalar } from "../scalars";

export const ImportFormatEnum = {
  MOMENTUM_JSON: ImportJobFormat.MomentumJson,
  TODOIST_CSV: ImportJobFormat.TodoistCsv,
  LOOP_CSV_ZIP: ImportJobFormat.LoopCsvZip,
} as const;
registerEnumType(ImportFormatEnum, {
  name: "ImportFormat",
  description:
    "MOMENTUM_JSON: this app's data export; TODOIST_CSV: Todoist's CSV template; LOOP_CSV_ZIP: Loop Habit Tracker's CSV export (a zip, base64)",
});

export const ImportStatusEnum = {
  QUEUED: ImportJobStatus.Queued,
  RUNNING: ImportJobStatus.Running,
  DONE: ImportJobStatus.Done,
  FAILED: ImportJobStatus.Failed,
} as const;
registerEnumType(ImportStatusEnum, { name: "ImportStatus" });

@ObjectType("ImportJob", { description: "A file being imported in the background, with its progress" })
export class ImportJobType {
  @Field(() => ID)
  id!: string;

  @Field(() => ImportFormatEnum)
  format!: ImportJobFormat;

  @Field(() => ImportStatusEnum)
  status!: ImportJobStatus;

  @Field(() => Int, { description: "Objects created so far" })
  created!: number;

  @Field(() => Int, { description: "Rows that could not be imported (see warnings)" })
  skipped!: number;

  @Field(() => [String], { description: "One line per skipped row or odd value, with its line number" })
  warnings!: string[];

  @Field(() => DateTimeScalar, { nullable: true })
  finishedAt?: Date | null;
}
