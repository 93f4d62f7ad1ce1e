import { linkHabitToGoal, linkTaskToGoal, unlinkHabitFromGoal, unlinkTaskFromGoal } from "@momentum/domain";
import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from "type-graphql";
import { viewerOf } from "../auth-checker";
import { type GraphqlContext } from "../context";
import { GoalType } from "./goal.type";

/** Links between a goal and the user's own tasks and habits; goals measured in them move at once. */
@Authorized()
@Resolver(() => GoalType)
export class GoalLinkResolver {
  @Mutation(() => GoalType, { description: "CONFLICT when already linked" })
  linkTaskToGoal(
    @Arg("goalId", () => ID) goalId: string,
    @Arg("taskId", () => ID) taskId: string,
    @Ctx() context: GraphqlContext,
  ) {
    return linkTaskToGoal(context.em, viewerOf(context).userId, goalId, taskId, context.now);
  }

  @Mutation(() => GoalType, { description: "NOT_FOUND when not linked" })
  unlinkTaskFromGoal(
    @Arg("goalId", () => ID) goalId: string,
    @Arg("taskId", () => ID) taskId: string,
    @Ctx() context: GraphqlContext,
  ) {
    return unlinkTaskFromGoal(context.em, viewerOf(context).userId, goalId, taskId, context.now);
  }

  @Mutation(() => GoalType, { description: "CONFLICT when already linked" })
  linkHabitToGoal(
    @Arg("goalId", () => ID) goalId: string,
    @Arg("habitId", () => ID) habitId: string,
    @Ctx() context: GraphqlContext,
  ) {
    return linkHabitToGoal(context.em, viewerOf(context).userId, goalId, habitId, context.now);
  }

  @Mutation(() => GoalType, { description: "NOT_FOUND when not linked" })
  unlinkHabitFromGoal(
    @Arg("goalId", () => ID) goalId: string,
    @Arg("habitId", () => ID) habitId: string,
    @Ctx() context: GraphqlContext,
  ) {
    return unlinkHabitFromGoal(context.em, viewerOf(context).userId, goalId, habitId, context.now);
  }
}
