import { listUserAchievements } from "@momentum/domain";
import { Authorized, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { viewerOf } from "../auth-checker";
import { type GraphqlContext } from "../context";
import { UserType } from "../identity/user.type";
import { UserAchievementType } from "./achievement.type";

@Authorized()
@Resolver()
export class AchievementResolver {
  @Query(() => [UserAchievementType], { description: "The whole catalogue with this user's progress" })
  achievements(@Ctx() context: GraphqlContext) {
    return listUserAchievements(context.em, context.deps.redis, viewerOf(context).userId);
  }
}

@Authorized()
@Resolver(() => UserType)
export class UserAchievementsResolver {
  @FieldResolver(() => [UserAchievementType])
  achievements(@Root() user: { id: string }, @Ctx() context: GraphqlContext) {
    return listUserAchievements(context.em, context.deps.redis, user.id);
  }
}
