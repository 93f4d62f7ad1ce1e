import { TaskStatus } from "@momentum/db";
import { Field, ID, ObjectType } from "type-graphql";
import { DateTimeScalar } from "../scalars";
import { TaskStatusEnum } from "../shared/enums";

@ObjectType("TaskHistoryEntry")
export class TaskHistoryEntryType {
  @Field(() => ID)
  id!: string;

  @Field({ description: "created, updated, status_changed, completed, reopened or deleted" })
  action!: string;

  @Field(() => TaskStatusEnum, { nullable: true })
  oldStatus?: TaskStatus | null;

  @Field(() => TaskStatusEnum, { nullable: true })
  newStatus?: TaskStatus | null;

  @Field(() => String, { nullable: true })
  notes?: string | null;

  @Field(() => DateTimeScalar)
  createdAt!: Date;
}
