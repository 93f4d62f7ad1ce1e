import { type User } from "@momentum/db";
import { listTasks, notFound } from "@momentum/domain";
import { Args, Authorized, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { viewerOf } from "../auth-checker";
import { type GraphqlContext } from "../context";
import { UserType } from "../identity/user.type";
import { TaskConnectionType } from "./task-connection.type";
import { TaskListArgs } from "./task-list.args";
import { tasksContextOf } from "./tasks-context";

@Authorized()
@Resolver(() => UserType)
export class UserTasksResolver {
  @FieldResolver(() => TaskConnectionType, { description: "The same list as Query.tasks" })
  tasks(
    @Root() user: User,
    @Args(() => TaskListArgs) { filter, first, after }: TaskListArgs,
    @Ctx() context: GraphqlContext,
  ) {
    const viewerId = viewerOf(context).userId;
    if (user.id !== viewerId) throw notFound("User"); // only the viewer's own tasks are readable
    return listTasks(
      tasksContextOf(context),
      viewerId,
      filter ? { ...filter } : null,
      { first: first ?? undefined, after },
      context.now,
    );
  }
}
