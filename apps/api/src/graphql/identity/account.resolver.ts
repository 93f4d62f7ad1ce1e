import { signIn, signUp } from "@momentum/domain";
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
    return signUp(identityContextOf(context), input, context.client);
  }

  @Mutation(() => AuthPayloadType)
  signIn(@Arg("input", () => SignInInput) input: SignInInput, @Ctx() context: GraphqlContext) {
    return signIn(identityContextOf(context), input, context.client);
  }
}
