import { completeTask, createTask } from "@momentum/domain";
import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from "type-graphql";
import { viewerOf } from "../auth-checker";
import { type GraphqlContext } from "../context";
import { CreateTaskInput } from "./task.inputs";
import { TaskType } from "./task.type";

@Authorized()
@Resolver(() => TaskType)
export class TaskResolver {
  @Mutation(() => TaskType)
  createTask(@Arg("input", () => CreateTaskInput) input: CreateTaskInput, @Ctx() context: GraphqlContext) {
    return createTask(context.em, viewerOf(context).userId, { ...input, priority: input.priority ?? undefined });
  }

  @Mutation(() => TaskType, { description: "A recurring task also gets its next occurrence created" })
  completeTask(@Arg("id", () => ID) id: string, @Ctx() context: GraphqlContext) {
    return completeTask(context.em, viewerOf(context).userId, id);
  }
}
