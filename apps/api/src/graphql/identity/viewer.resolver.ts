import {
  loadUserProfile,
  loadUserStats,
  updateNotificationPreferences,
  updateProfile,
  updateSettings,
  type UserProfile,
} from "@momentum/domain";
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { viewerOf } from "../auth-checker";
import { type GraphqlContext } from "../context";
import { JSONObjectScalar } from "../scalars";
import { identityContextOf } from "./identity-context";
import { UpdateProfileInput } from "./profile.inputs";
import { UserStatsType } from "./user-stats.type";
import { UserType } from "./user.type";

/** The signed-in user's own profile, preferences and headline numbers. */
@Authorized()
@Resolver(() => UserType)
export class ViewerResolver {
  @Query(() => UserType, { description: "The signed-in user" })
  me(@Ctx() context: GraphqlContext) {
    return loadUserProfile(context.em, context.deps.redis, viewerOf(context).userId);
  }

  @FieldResolver(() => UserStatsType)
  stats(@Root() user: UserProfile, @Ctx() context: GraphqlContext) {
    return loadUserStats(context.em, context.deps.analyticsOrm.em.fork(), user, context.now);
  }

  @Mutation(() => UserType)
  updateProfile(
    @Arg("input", () => UpdateProfileInput) input: UpdateProfileInput,
    @Ctx() context: GraphqlContext,
  ) {
    const change = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
    return updateProfile(identityContextOf(context), viewerOf(context).userId, change);
  }

  @Mutation(() => UserType, { description: "Merges the given keys into the settings" })
  updateSettings(
    @Arg("settings", () => JSONObjectScalar) settings: Record<string, unknown>,
    @Ctx() context: GraphqlContext,
  ) {
    return updateSettings(identityContextOf(context), viewerOf(context).userId, settings);
  }

  @Mutation(() => UserType, { description: "Merges the given keys into the notification preferences" })
  updateNotificationPreferences(
    @Arg("preferences", () => JSONObjectScalar) preferences: Record<string, unknown>,
    @Ctx() context: GraphqlContext,
  ) {
    return updateNotificationPreferences(identityContextOf(context), viewerOf(context).userId, preferences);
  }
}
