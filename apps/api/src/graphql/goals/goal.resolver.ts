import { GoalStatus } from "@momentum/db";
import {
  archiveGoal,
  createGoal,
  findGoal,
  listGoals,
  recordGoalProgress,
  updateGoal,
} from "@momentum/domain";
import { Arg, Authorized, Ctx, Float, ID, Mutation, Query, Resolver } from "type-graphql";
import { viewerOf } from "../auth-checker";
import { type GraphqlContext } from "../context";
import { GoalStatusEnum } from "../shared/enums";
import { CreateGoalInput, UpdateGoalInput } from "./goal.inputs";
import { GoalType } from "./goal.type";

@Authorized()
@Resolver(() => GoalType)
export class GoalResolver {
  @Query(() => GoalType, { description: "Archived goals included" })
  goal(@Arg("id", () => ID) id: string, @Ctx() context: GraphqlContext) {
    return findGoal(context.em, viewerOf(context).userId, id);
  }

  @Query(() => [GoalType], { description: "Goals not archived, oldest first" })
  goals(
    @Arg("status", () => GoalStatusEnum, { nullable: true }) status: GoalStatus | null,
    @Ctx() context: GraphqlContext,
  ) {
    return listGoals(context.em, viewerOf(context).userId, { status });
  }

  @Mutation(() => GoalType)
  createGoal(@Arg("input", () => CreateGoalInput) input: CreateGoalInput, @Ctx() context: GraphqlContext) {
    return createGoal(context.em, viewerOf(context).userId, input, context.now);
  }

  @Mutation(() => GoalType)
  updateGoal(
    @Arg("id", () => ID) id: string,
    @Arg("input", () => UpdateGoalInput) input: UpdateGoalInput,
    @Ctx() context: GraphqlContext,
  ) {
    return updateGoal(context.em, viewerOf(context).userId, id, input, context.now);
  }

  @Mutation(() => GoalType, {
    description:
      "NUMERIC: any value; PERCENTAGE: 0..100; BOOLEAN: 0 or 1. Goals counted from tasks, habits or milestones take none",
  })
  recordGoalProgress(
    @Arg("goalId", () => ID) goalId: string,
    @Arg("value", () => Float) value: number,
    @Arg("notes", () => String, { nullable: true }) notes: string | null,
    @Ctx() context: GraphqlContext,
  ) {
    return recordGoalProgress(context.em, viewerOf(context).userId, { goalId, value, notes }, context.now);
  }

  @Mutation(() => GoalType, { description: "The goal keeps its progress and takes no more changes" })
  archiveGoal(@Arg("id", () => ID) id: string, @Ctx() context: GraphqlContext) {
    return archiveGoal(context.em, viewerOf(context).userId, id);
  }
}
