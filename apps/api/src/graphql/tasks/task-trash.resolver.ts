import { listDeletedTasks, restoreTask } from "@momentum/domain";
import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import { viewerOf } from "../auth-checker";
import { type GraphqlContext } from "../context";
import { TaskConnectionType } from "./task-connection.type";
import { TaskType } from "./task.type";
import { tasksContextOf } from "./tasks-context";

/** The trash: deleted tasks stay 30 days, newest deletion first, and can be restored until purged. */
@Authorized()
@Resolver(() => TaskType)
export class TaskTrashResolver {
  @Query(() => TaskConnectionType, {
    description:
      "The tasks deleted in the last 30 days, newest deletion first (subtasks come back with them)",
  })
  deletedTasks(
    @Arg("first", () => Int, { nullable: true, defaultValue: 50, description: "At most 100" })
    first: number | null,
    @Arg("after", () => String, { nullable: true }) after: string | null,
    @Ctx() context: GraphqlContext,
  ) {
    return listDeletedTasks(
      context.em,
      viewerOf(context).userId,
      { first: first ?? undefined, after },
      context.now,
    );
  }

  @Mutation(() => TaskType, { description: "From the trash, with the subtasks deleted with it" })
  restoreTask(@Arg("id", () => ID) id: string, @Ctx() context: GraphqlContext) {
    return restoreTask(tasksContextOf(context), viewerOf(context).userId, id, context.now);
  }
}
