import { ArgsType, Field, Int } from "type-graphql";
import { TaskFilterInput } from "./task-filter.inputs";

/** The arguments of Query.tasks and User.tasks. */
@ArgsType()
export class TaskListArgs {
  @Field(() => TaskFilterInput, { nullable: true })
  filter?: TaskFilterInput | null;

  @Field(() => Int, { nullable: true, defaultValue: 50, description: "At most 100" })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}
