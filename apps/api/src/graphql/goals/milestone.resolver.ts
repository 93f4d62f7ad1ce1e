import { addMilestone, completeMilestone } from "@momentum/domain";
import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from "type-graphql";
import { viewerOf } from "../auth-checker";
import { type GraphqlContext } from "../context";
import { MilestoneInput } from "./goal.inputs";
import { GoalType } from "./goal.type";

@Authorized()
@Resolver(() => GoalType)
export class MilestoneResolver {
  @Mutation(() => GoalType)
  addMilestone(
    @Arg("goalId", () => ID) goalId: string,
    @Arg("input", () => MilestoneInput) input: MilestoneInput,
    @Ctx() context: GraphqlContext,
  ) {
    return addMilestone(context.em, viewerOf(context).userId, goalId, input, context.now);
  }

  @Mutation(() => GoalType, {
    description: "Answers with the milestone's goal; completing again changes nothing",
  })
  completeMilestone(@Arg("milestoneId", () => ID) milestoneId: string, @Ctx() context: GraphqlContext) {
    return completeMilestone(context.em, viewerOf(context).userId, milestoneId, context.now);
  }
}
