import { deleteGoal, unarchiveGoal } from "@momentum/domain";
import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from "type-graphql";
import { viewerOf } from "../auth-checker";
import { type GraphqlContext } from "../context";
import { GoalType } from "./goal.type";

/** The way back from archiving, and the way out for good. */
@Authorized()
@Resolver(() => GoalType)
export class GoalLifecycleResolver {
  @Mutation(() => GoalType, {
    description: "Listed again; its progress catches up with what moved meanwhile",
  })
  unarchiveGoal(@Arg("id", () => ID) id: string, @Ctx() context: GraphqlContext) {
    return unarchiveGoal(context.em, viewerOf(context).userId, id, context.now);
  }

  @Mutation(() => Boolean, {
    description: "For good, with its milestones, updates and links (the tasks and habits stay)",
  })
  deleteGoal(@Arg("id", () => ID) id: string, @Ctx() context: GraphqlContext) {
    return deleteGoal(context.em, viewerOf(context).userId, id, context.now);
  }
}
