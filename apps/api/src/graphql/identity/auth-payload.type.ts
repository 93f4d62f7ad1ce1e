import { Field, ObjectType } from "type-graphql";
import { DateTimeScalar } from "../scalars";
import { UserType } from "./user.type";

@ObjectType("AuthPayload")
export class AuthPayloadType {
  @Field({ description: "JWT, expires after 15 minutes" })
  accessToken!: string;

  @Field(() => DateTimeScalar)
  accessTokenExpiresAt!: Date;

  @Field({ description: "Single use: every refresh rotates it" })
  refreshToken!: string;

  @Field(() => UserType)
  user!: UserType;
}
