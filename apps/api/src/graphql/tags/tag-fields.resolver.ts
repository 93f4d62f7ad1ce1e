import { type Habit, type User } from "@momentum/db";
import { listTags, type TaskRow } from "@momentum/domain";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { type GraphqlContext } from "../context";
import { HabitType } from "../habits/habit.type";
import { UserType } from "../identity/user.type";
import { TaskType } from "../tasks/task.type";
import { TagObject } from "./tag.type";

/** A page of tasks costs one query for all their tags (see the request's loaders). */
@Resolver(() => TaskType)
export class TaskTagsResolver {
  @FieldResolver(() => [TagObject], { description: "By name" })
  tags(@Root() task: TaskRow, @Ctx() context: GraphqlContext) {
    return context.loaders.tagsByTaskId.load(task.id);
  }
}

@Resolver(() => HabitType)
export class HabitTagsResolver {
  @FieldResolver(() => [TagObject], { description: "By name" })
  tags(@Root() habit: Pick<Habit, "id">, @Ctx() context: GraphqlContext) {
    return context.loaders.tagsByHabitId.load(habit.id);
  }
}

@Resolver(() => UserType)
export class UserTagsResolver {
  @FieldResolver(() => [TagObject], { description: "The same list as Query.tags" })
  tags(@Root() user: User, @Ctx() context: GraphqlContext) {
    return listTags(context.em, user.id);
  }
}
