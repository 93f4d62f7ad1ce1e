import { Field, InputType } from "type-graphql";

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
}
