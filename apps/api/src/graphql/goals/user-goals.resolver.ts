import { GoalStatus, type User } from "@momentum/db";
import { listGoals, notFound } from "@momentum/domain";
import { Arg, Authorized, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { viewerOf } from "../auth-checker";
import { type GraphqlContext } from "../context";
import { UserType } from "../identity/user.type";
import { GoalStatusEnum } from "../shared/enums";
import { GoalType } from "./goal.type";

@Authorized()
@Resolver(() => UserType)
export class UserGoalsResolver {
  @FieldResolver(() => [GoalType], { description: "The same list as Query.goals" })
  goals(
    @Root() user: User,
    @Arg("status", () => GoalStatusEnum, { nullable: true }) status: GoalStatus | null,
    @Ctx() context: GraphqlContext,
  ) {
    const viewerId = viewerOf(context).userId;
    if (user.id !== viewerId) throw notFound("User"); // only the viewer's own goals are readable
    return listGoals(context.em, viewerId, { status });
  }
}
