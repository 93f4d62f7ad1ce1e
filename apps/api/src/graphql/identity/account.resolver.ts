import { refreshSession, signIn, signUp } from "@momentum/domain";
import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import { type GraphqlContext } from "../context";
import { SignInInput, SignUpInput } from "./account.inputs";
import { AuthPayloadType } from "./auth-payload.type";
import { identityContextOf } from "./identity-context";

/** The operations that work without a session. */
@Resolver()
export class AccountResolver {
  @Mutation(() => AuthPayloadType)
  signUp(@Arg("input", () => SignUpInput) input: SignUpInput, @Ctx() context: GraphqlContext) {
    return signUp(identityContextOf(context), input, context.client, context.now);
  }

  @Mutation(() => AuthPayloadType)
  signIn(@Arg("input", () => SignInInput) input: SignInInput, @Ctx() context: GraphqlContext) {
    return signIn(
      identityContextOf(context),
      input,
      context.client,
      context.deps.passwordThrottle,
      context.now,
    );
  }

  @Mutation(() => AuthPayloadType, {
    description:
      "Spends the refresh token and returns a new pair. Retrying with the just-spent token within the grace window returns the same pair; presenting it later revokes the session. A session ends at its absolute lifetime and when the account is closed or deactivated.",
  })
  refreshSession(@Arg("refreshToken") refreshToken: string, @Ctx() context: GraphqlContext) {
    return refreshSession(identityContextOf(context), refreshToken, context.now);
  }
}
