import { requestPasswordReset, resetPassword } from "@momentum/domain";
import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import { type GraphqlContext } from "../context";
import { identityContextOf } from "./identity-context";

/** A forgotten password, without a session: a link by e-mail, then a new password with its token. */
@Resolver()
export class PasswordResetResolver {
  @Mutation(() => Boolean, {
    description:
      "E-mails a reset link (valid one hour, single use) if an account that may sign in has this address. Always true: the answer never tells whether the account exists.",
  })
  requestPasswordReset(@Arg("email") email: string, @Ctx() context: GraphqlContext) {
    return requestPasswordReset(context.em, email, context.now);
  }

  @Mutation(() => Boolean, {
    description:
      "Sets a new password with the e-mailed token (same rules as sign-up), spends every open reset token of the account and ends every session.",
  })
  resetPassword(
    @Arg("token") token: string,
    @Arg("newPassword") newPassword: string,
    @Ctx() context: GraphqlContext,
  ) {
    return resetPassword(identityContextOf(context), token, newPassword, context.now);
  }
}
