import { Field, InputType } from "type-graphql";
import { LocalTimeScalar } from "../scalars";

@InputType("UpdateProfileInput")
export class UpdateProfileInput {
  @Field(() => String, { nullable: true })
  fullName?: string | null;

  @Field(() => String, { nullable: true })
  username?: string | null;

  @Field(() => String, { nullable: true })
  bio?: string | null;

  @Field(() => String, { nullable: true, description: "https:// only" })
  avatarUrl?: string | null;

  @Field(() => String, { nullable: true, description: "https:// only" })
  coverPhotoUrl?: string | null;

  @Field(() => String, { nullable: true, description: "IANA zone" })
  timezone?: string | null;

  @Field(() => LocalTimeScalar, { nullable: true, description: "HH:MM from 00:00 to 12:00" })
  dayStartTime?: string | null;
}
