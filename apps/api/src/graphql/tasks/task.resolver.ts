import {
  completeTask,
  createTask,
  deleteTask,
  findOwnTask,
  listTasks,
  reopenTask,
  skipTaskOccurrence,
  updateTask,
} from "@momentum/domain";
import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import { viewerOf } from "../auth-checker";
import { type GraphqlContext } from "../context";
import { TaskConnectionType } from "./task-connection.type";
import { CreateTaskInput, UpdateTaskInput } from "./task.inputs";
import { TaskListArgs } from "./task-list.args";
import { TaskType } from "./task.type";
import { tasksContextOf } from "./tasks-context";

@Authorized()
@Resolver(() => TaskType)
export class TaskResolver {
  @Query(() => TaskType)
  task(@Arg("id", () => ID) id: string, @Ctx() context: GraphqlContext) {
    return findOwnTask(context.em, viewerOf(context).userId, id);
  }

  @Query(() => TaskConnectionType, { description: "Ordered by due date (undated last), then id" })
  tasks(@Args(() => TaskListArgs) { filter, first, after }: TaskListArgs, @Ctx() context: GraphqlContext) {
    return listTasks(
      tasksContextOf(context),
      viewerOf(context).userId,
      filter ? { ...filter } : null,
      { first: first ?? undefined, after },
      context.now,
    );
  }

  @Mutation(() => TaskType)
  createTask(@Arg("input", () => CreateTaskInput) input: CreateTaskInput, @Ctx() context: GraphqlContext) {
    return createTask(tasksContextOf(context), viewerOf(context).userId, {
      ...input,
      recurrence: input.recurrence ? { ...input.recurrence } : input.recurrence,
    });
  }

  @Mutation(() => TaskType)
  updateTask(
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UpdateTaskInput) input: UpdateTaskInput,
    @Ctx() context: GraphqlContext,
  ) {
    return updateTask(
      tasksContextOf(context),
      viewerOf(context).userId,
      id,
      { ...input, recurrence: input.recurrence ? { ...input.recurrence } : input.recurrence },
      context.now,
    );
  }

  @Mutation(() => TaskType, { description: "A recurring task also gets its next occurrence created" })
  completeTask(@Arg("id", () => ID) id: string, @Ctx() context: GraphqlContext) {
    return completeTask(tasksContextOf(context), viewerOf(context).userId, id, context.now);
  }

  @Mutation(() => TaskType, {
    description: "A recurring task moves to its next occurrence without being completed",
  })
  skipTaskOccurrence(@Arg("id", () => ID) id: string, @Ctx() context: GraphqlContext) {
    return skipTaskOccurrence(tasksContextOf(context), viewerOf(context).userId, id, context.now);
  }

  @Mutation(() => TaskType, { description: "A completed or cancelled task becomes pending again" })
  reopenTask(@Arg("id", () => ID) id: string, @Ctx() context: GraphqlContext) {
    return reopenTask(tasksContextOf(context), viewerOf(context).userId, id, context.now);
  }

  @Mutation(() => Boolean, { description: "Soft delete, subtasks included" })
  deleteTask(@Arg("id", () => ID) id: string, @Ctx() context: GraphqlContext) {
    return deleteTask(tasksContextOf(context), viewerOf(context).userId, id, context.now);
  }
}
