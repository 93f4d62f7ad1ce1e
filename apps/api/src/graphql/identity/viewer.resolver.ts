import { User } from "@momentum/db";
import { notFound } from "@momentum/domain";
import { Authorized, Ctx, Query, Resolver } from "type-graphql";
import { viewerOf } from "../auth-checker";
import { type GraphqlContext } from "../context";
import { UserType } from "./user.type";

@Authorized()
@Resolver(() => UserType)
export class ViewerResolver {
  @Query(() => UserType, { description: "The signed-in user" })
  async me(@Ctx() context: GraphqlContext) {
    const user = await context.em.findOne(User, { id: viewerOf(context).userId, deletedAt: null });
    if (!user) throw notFound("User");
    return user;
  }
}
