import { changePassword, deleteAccount, signOut } from "@momentum/domain";
import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import { viewerOf } from "../auth-checker";
import { type GraphqlContext } from "../context";
import { identityContextOf } from "./identity-context";

/** What a signed-in user does with their credentials and sessions. */
@Authorized()
@Resolver()
export class SessionResolver {
  @Mutation(() => Boolean)
  signOut(
    @Arg("allDevices", () => Boolean, { nullable: true, defaultValue: false }) allDevices: boolean | null,
    @Ctx() context: GraphqlContext,
  ) {
    return signOut(identityContextOf(context), viewerOf(context), allDevices ?? false, context.now);
  }

  @Mutation(() => Boolean, { description: "Ends every other session of the user" })
  changePassword(
    @Arg("currentPassword") currentPassword: string,
    @Arg("newPassword") newPassword: string,
    @Ctx() context: GraphqlContext,
  ) {
    return changePassword(identityContextOf(context), viewerOf(context), currentPassword, newPassword, {
      throttle: context.deps.passwordThrottle,
      address: context.client.ip,
    });
  }

  @Mutation(() => Boolean, { description: "Removes the account and its data at once; needs the password" })
  deleteAccount(@Arg("password") password: string, @Ctx() context: GraphqlContext) {
    return deleteAccount(
      identityContextOf(context),
      viewerOf(context).userId,
      password,
      { throttle: context.deps.passwordThrottle, address: context.client.ip },
      context.now,
    );
  }
}
