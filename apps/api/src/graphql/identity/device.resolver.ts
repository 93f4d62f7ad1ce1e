import { DevicePlatform } from "@momentum/db";
import { registerDevice, unregisterDevice } from "@momentum/domain";
import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import { viewerOf } from "../auth-checker";
import { type GraphqlContext } from "../context";
import { DevicePlatformEnum } from "../shared/enums";

@Authorized()
@Resolver()
export class DeviceResolver {
  @Mutation(() => Boolean, { description: "Registers this install's push token" })
  registerDevice(
    @Arg("token") token: string,
    @Arg("platform", () => DevicePlatformEnum) platform: DevicePlatform,
    @Ctx() context: GraphqlContext,
  ) {
    return registerDevice(context.em, viewerOf(context).userId, { token, platform }, context.now);
  }

  @Mutation(() => Boolean, { description: "True when the token was registered for this user" })
  unregisterDevice(@Arg("token") token: string, @Ctx() context: GraphqlContext) {
    return unregisterDevice(context.em, viewerOf(context).userId, token);
  }
}
